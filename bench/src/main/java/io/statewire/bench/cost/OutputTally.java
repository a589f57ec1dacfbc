package io.statewire.bench.cost;

import io.statewire.bench.TopicEnds;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.PassageRepeat;
import io.statewire.contracts.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Counts what dedup publishes, read committed from {@code press.passages} and {@code press.passages.repeats} from
 * their current ends, per phase of the benchmark (the part of the release id before its {@code :}): unique
 * passages, exact repeats and near repeats.
 */
final class OutputTally implements AutoCloseable {

    /** The verdicts published so far for one phase. */
    static final class Verdicts {
        long unique;
        long exact;
        long near;

        long total() {
            return unique + exact + near;
        }

        @Override
        public String toString() {
            return unique + " unique, " + exact + " exact repeats, " + near + " near repeats";
        }
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Verdicts> byPhase = new HashMap<>();

    OutputTally(String bootstrap) {
        consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000), new StringDeserializer(), new ByteArrayDeserializer());
        TopicEnds.assignAtEnd(consumer, List.of(Topics.PASSAGES, Topics.PASSAGE_REPEATS));
    }

    /** Reads until {@code expected} passages of {@code phase} are out; the verdicts of the phase. */
    Verdicts await(String phase, long expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Verdicts verdicts = byPhase.computeIfAbsent(phase, p -> new Verdicts());
        while (verdicts.total() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(phase + ": only " + verdicts.total() + " of " + expected
                        + " passages out after " + timeout);
            }
            poll();
        }
        return verdicts;
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
            int colon = record.key() == null ? -1 : record.key().indexOf(':');
            if (colon < 0) {
                continue;
            }
            Verdicts verdicts = byPhase.computeIfAbsent(record.key().substring(0, colon), p -> new Verdicts());
            if (record.topic().equals(Topics.PASSAGES)) {
                verdicts.unique++;
            } else if (EventJson.read(record.value(), PassageRepeat.class).kind().equals("exact")) {
                verdicts.exact++;
            } else {
                verdicts.near++;
            }
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
