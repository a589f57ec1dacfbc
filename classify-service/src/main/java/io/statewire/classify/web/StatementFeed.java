package io.statewire.classify.web;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.statewire.contracts.Statement;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The statements this instance has read, for the web side: takes each committed statement from the reader, keeps
 * the recent ones and passes every one on to the live subscribers. A subscriber that falls more than
 * {@code statewire.web.client-buffer} statements behind is completed instead of slowing the reader down.
 */
@ApplicationScoped
class StatementFeed {

    private final RecentStatements recent;
    private final BroadcastProcessor<ReadStatement> live = BroadcastProcessor.create();
    private final int clientBuffer;
    private final AtomicInteger listeners = new AtomicInteger();

    StatementFeed(@ConfigProperty(name = "statewire.web.recent", defaultValue = "1000") int capacity,
            @ConfigProperty(name = "statewire.web.client-buffer", defaultValue = "256") int clientBuffer) {
        this.recent = new RecentStatements(capacity);
        this.clientBuffer = clientBuffer;
    }

    /** Called by one thread at a time, in the order the statements were read. */
    void publish(ReadStatement statement, long timestamp) {
        recent.add(timestamp, statement);
        live.onNext(statement);
    }

    List<Statement> newest(StatementFilter filter, int limit) {
        return recent.newest(filter, limit);
    }

    /** The matching statements published from now on; completes when the subscriber cannot keep up. */
    Multi<Statement> live(StatementFilter filter) {
        return live.select().where(filter::matches)
                .map(ReadStatement::statement).select().where(Optional::isPresent).map(Optional::get)
                .onOverflow().buffer(clientBuffer)
                .onFailure(BackPressureFailure.class).recoverWithCompletion()
                .onSubscription().invoke(listeners::incrementAndGet)
                .onTermination().invoke(listeners::decrementAndGet);
    }

    /** How many live subscribers are receiving statements now. */
    int listeners() {
        return listeners.get();
    }
}
