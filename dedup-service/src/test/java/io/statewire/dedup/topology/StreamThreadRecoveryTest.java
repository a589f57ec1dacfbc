package io.statewire.dedup.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class StreamThreadRecoveryTest {

    @Test
    void replacesFailedThreadsThenShutsDownWhenTheFailureKeepsComingBack() {
        StreamThreadRecovery recovery = new StreamThreadRecovery();
        RuntimeException failure = new RuntimeException("commit failed",
                new InvalidTxnStateException("The producer attempted a transactional operation in an invalid state."));
        for (int i = 0; i < StreamThreadRecovery.LIMIT; i++) {
            assertThat(recovery.handle(failure)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        }
        assertThat(recovery.handle(failure)).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }
}
