package io.statewire.classify.web;

import static io.statewire.classify.web.SampleStatements.statement;
import static io.statewire.classify.web.SampleStatements.topic;
import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.statewire.contracts.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementFeedTest {

    private final StatementFeed feed = new StatementFeed(100, 2);

    @Test
    void liveSubscribersGetTheMatchingStatementsPublishedAfterTheySubscribed() {
        feed.publish(energy(0), 1);
        AssertSubscriber<Statement> all = feed.live(StatementFilter.ANY).subscribe().withSubscriber(
                AssertSubscriber.create(Long.MAX_VALUE));
        AssertSubscriber<Statement> defence = feed.live(new StatementFilter("defence", null, null)).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        feed.publish(energy(1), 2);
        feed.publish(defence(2), 3);

        assertThat(all.getItems()).extracting(Statement::position).containsExactly(1, 2);
        assertThat(defence.getItems()).extracting(Statement::position).containsExactly(2);
        all.assertNotTerminated();
    }

    @Test
    void everyPublishedStatementIsKeptForTheRecentList() {
        feed.publish(energy(0), 1);
        feed.publish(defence(1), 2);
        assertThat(feed.newest(StatementFilter.ANY, 10)).extracting(Statement::position).containsExactly(1, 0);
    }

    @Test
    void aSubscriberThatFallsBehindIsCompletedWithoutHoldingUpTheOthers() {
        AssertSubscriber<Statement> slow = feed.live(StatementFilter.ANY).subscribe().withSubscriber(
                AssertSubscriber.create(0));
        AssertSubscriber<Statement> fast = feed.live(StatementFilter.ANY).subscribe().withSubscriber(
                AssertSubscriber.create(Long.MAX_VALUE));

        for (int i = 0; i < 4; i++) {
            feed.publish(energy(i), i);
        }

        slow.assertCompleted();
        fast.assertNotTerminated();
        assertThat(fast.getItems()).hasSize(4);
    }

    @Test
    void countsTheListenersWhileTheyListen() {
        AssertSubscriber<Statement> first = feed.live(StatementFilter.ANY).subscribe().withSubscriber(
                AssertSubscriber.create(Long.MAX_VALUE));
        AssertSubscriber<Statement> second = feed.live(StatementFilter.ANY).subscribe().withSubscriber(
                AssertSubscriber.create(0));
        assertThat(feed.listeners()).isEqualTo(2);

        first.cancel();
        assertThat(feed.listeners()).isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            feed.publish(energy(i), i);
        }
        second.assertCompleted();
        assertThat(feed.listeners()).isZero();
    }

    private static ReadStatement energy(int position) {
        return ReadStatement.of(statement("r", position, "Energy " + position + ".", List.of(topic("energy")),
                List.of(), List.of()));
    }

    private static ReadStatement defence(int position) {
        return ReadStatement.of(statement("r", position, "Defence " + position + ".", List.of(topic("defence")),
                List.of(), List.of()));
    }
}
