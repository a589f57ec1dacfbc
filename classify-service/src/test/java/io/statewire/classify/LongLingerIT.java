package io.statewire.classify;

import static io.statewire.testing.SamplePassages.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.Topics;
import io.statewire.testing.KafkaBrokerResource;
import io.statewire.testing.SamplePassages;
import io.statewire.testing.TopicReader;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A batch's transaction does not wait out the producer's {@code linger.ms}: with a linger of a minute, a statement
 * still commits within seconds, because the batch's records are flushed once they are all handed over.
 */
@QuarkusTest
@TestProfile(LongLingerIT.OneMinuteLinger.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class LongLingerIT {

    private static final Duration LINGER = Duration.ofMinutes(1);

    public static class OneMinuteLinger implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.outgoing.statements-out.linger.ms", Long.toString(LINGER.toMillis()));
        }
    }

    @Test
    void aStatementCommitsLongBeforeTheLingerIsOver() {
        long sent = System.nanoTime();
        send(SamplePassages.passage("it:linger-1", 0, "A statement on energy security.", "A release"));

        var statements = TopicReader.await(Topics.STATEMENTS, JsonSerde.statements(),
                r -> r.key().equals("it:linger-1"), 1, LINGER.dividedBy(2));

        assertThat(statements).hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(LINGER.dividedBy(2));
    }
}
