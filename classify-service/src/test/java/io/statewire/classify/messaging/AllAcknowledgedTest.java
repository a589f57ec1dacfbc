package io.statewire.classify.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.junit.jupiter.api.Test;

class AllAcknowledgedTest {

    private static final RecordMetadata SENT = new RecordMetadata(new TopicPartition("press.statements", 0), 0, 0, 0,
            0, 0);

    @Test
    void completesOnlyOnceEveryRecordIsAcknowledged() {
        AllAcknowledged acknowledged = new AllAcknowledged(3);

        acknowledged.onCompletion(SENT, null);
        acknowledged.onCompletion(SENT, null);
        assertThat(acknowledged.future()).isNotDone();

        acknowledged.onCompletion(SENT, null);
        assertThat(acknowledged.future()).isCompleted();
    }

    @Test
    void failsWithTheFirstFailureWhateverFollows() {
        AllAcknowledged acknowledged = new AllAcknowledged(3);
        ProducerFencedException fenced = new ProducerFencedException("fenced");

        acknowledged.onCompletion(SENT, null);
        acknowledged.onCompletion(null, fenced);
        acknowledged.onCompletion(SENT, null);

        assertThat(acknowledged.future()).isCompletedExceptionally().failsWithin(Duration.ZERO)
                .withThrowableOfType(ExecutionException.class).withCause(fenced);
    }

    @Test
    void failsWhenARecordCannotBeHandedToTheProducer() {
        AllAcknowledged acknowledged = new AllAcknowledged(2);
        IllegalStateException closed = new IllegalStateException("producer closed");

        acknowledged.onCompletion(SENT, null);
        acknowledged.fail(closed);

        assertThat(acknowledged.future()).failsWithin(Duration.ZERO)
                .withThrowableOfType(ExecutionException.class).withCause(closed);
    }

    @Test
    void noRecordsIsDoneAtOnce() {
        assertThat(new AllAcknowledged(0).future()).isCompleted();
    }
}
