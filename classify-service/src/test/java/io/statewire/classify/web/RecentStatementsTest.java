package io.statewire.classify.web;

import static io.statewire.classify.web.SampleStatements.statement;
import static io.statewire.classify.web.SampleStatements.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.Statement;
import io.statewire.contracts.StatementHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentStatementsTest {

    @Test
    void answersNewestFirstUpToTheLimit() {
        RecentStatements recent = new RecentStatements(10);
        for (int i = 0; i < 5; i++) {
            recent.add(1000 + i, numbered(i));
        }
        assertThat(positions(recent.newest(StatementFilter.ANY, 3))).containsExactly(4, 3, 2);
        assertThat(positions(recent.newest(StatementFilter.ANY, 50))).containsExactly(4, 3, 2, 1, 0);
    }

    @Test
    void keepsOnlyTheNewestWhenFull() {
        RecentStatements recent = new RecentStatements(3);
        for (int i = 0; i < 5; i++) {
            recent.add(1000 + i, numbered(i));
        }
        assertThat(recent.size()).isEqualTo(3);
        assertThat(positions(recent.newest(StatementFilter.ANY, 10))).containsExactly(4, 3, 2);
    }

    @Test
    void ordersByRecordTimeThenByArrival() {
        RecentStatements recent = new RecentStatements(10);
        recent.add(2000, numbered(0));
        recent.add(1000, numbered(1));
        recent.add(3000, numbered(2));
        recent.add(2000, numbered(3));
        assertThat(positions(recent.newest(StatementFilter.ANY, 10))).containsExactly(2, 3, 0, 1);
    }

    @Test
    void aStatementOlderThanAllKeptIsDroppedWhenFull() {
        RecentStatements recent = new RecentStatements(2);
        recent.add(2000, numbered(0));
        recent.add(3000, numbered(1));
        recent.add(1000, numbered(2));
        recent.add(2500, numbered(3));
        assertThat(positions(recent.newest(StatementFilter.ANY, 10))).containsExactly(1, 3);
    }

    @Test
    void theLimitCountsMatchingStatementsOnly() {
        RecentStatements recent = new RecentStatements(10);
        recent.add(1, read(statement("r", 0, "Energy one.", List.of(topic("energy")), List.of("FR"), List.of())));
        recent.add(2, read(statement("r", 1, "Defence.", List.of(topic("defence")), List.of("FR"), List.of("NATO"))));
        recent.add(3, read(statement("r", 2, "Energy two.", List.of(topic("energy")), List.of("DE"), List.of())));
        recent.add(4, read(statement("r", 3, "Energy three.", List.of(topic("energy")), List.of("FR"), List.of())));

        assertThat(positions(recent.newest(new StatementFilter("energy", null, null), 2))).containsExactly(3, 2);
        assertThat(positions(recent.newest(new StatementFilter("energy", "FR", null), 10))).containsExactly(3, 0);
        assertThat(positions(recent.newest(new StatementFilter(null, null, "NATO"), 10))).containsExactly(1);
        assertThat(recent.newest(new StatementFilter("trade", null, null), 10)).isEmpty();
    }

    @Test
    void anUnreadableStatementIsFilteredByItsHeadersAndLeftOutWhenShown() {
        RecentStatements recent = new RecentStatements(10);
        recent.add(1, numbered(0));
        recent.add(2, ReadStatement.of("not json".getBytes(StandardCharsets.UTF_8), ReadStatementTest.headers("energy",
                "", ""), "press.statements-0@1"));
        recent.add(3, numbered(2));

        assertThat(positions(recent.newest(StatementFilter.ANY, 2))).containsExactly(2, 0);
        assertThat(recent.newest(new StatementFilter("energy", null, null), 10)).isEmpty();
    }

    @Test
    void refusesANonPositiveCapacity() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RecentStatements(0));
    }

    private static ReadStatement numbered(int position) {
        return read(statement("r", position, "Statement " + position + ".", List.of(), List.of(), List.of()));
    }

    /** As the statement reader hands it over: its JSON and the headers classify-service writes. */
    private static ReadStatement read(Statement statement) {
        return ReadStatement.of(EventJson.write(statement), StatementHeaders.of(statement), "test");
    }

    private static List<Integer> positions(List<Statement> statements) {
        return statements.stream().map(Statement::position).toList();
    }
}
