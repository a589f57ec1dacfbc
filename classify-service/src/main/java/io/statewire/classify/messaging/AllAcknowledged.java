package io.statewire.classify.messaging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The producer callback of a known number of records: {@link #future()} completes once every one of them was
 * acknowledged, or fails with the first failure.
 */
final class AllAcknowledged implements Callback {

    private final AtomicInteger pending;
    private final CompletableFuture<Void> future = new CompletableFuture<>();

    AllAcknowledged(int records) {
        this.pending = new AtomicInteger(records);
        if (records == 0) {
            future.complete(null);
        }
    }

    @Override
    public void onCompletion(RecordMetadata metadata, Exception exception) {
        if (exception != null) {
            future.completeExceptionally(exception);
        } else if (pending.decrementAndGet() == 0) {
            future.complete(null);
        }
    }

    /** Fails the whole, e.g. when a record could not even be handed to the producer. */
    void fail(Throwable failure) {
        future.completeExceptionally(failure);
    }

    CompletableFuture<Void> future() {
        return future;
    }
}
