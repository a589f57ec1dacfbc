package io.statewire.bench.ingest;

import io.statewire.bench.TopicEnds;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the records that arrive on a topic after it was created, reading committed records only (as the
 * pipeline's consumers do), and tells when the n-th has arrived.
 */
public final class ArrivalCounter implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String topic;
    private long seen;

    private ArrivalCounter(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        this.consumer = consumer;
        this.topic = topic;
    }

    /** A counter positioned at the current end of every partition of {@code topic}. */
    public static ArrivalCounter atEndOf(String bootstrap, String topic) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        TopicEnds.assignAtEnd(consumer, List.of(topic));
        return new ArrivalCounter(consumer, topic);
    }

    /**
     * Reads until {@code records} have arrived in all (since the counter was created) and returns {@link System#nanoTime()} then; runs {@code check}
     * between reads, to fail early when the producing side has failed.
     */
    public long await(long records, Duration timeout, Runnable check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (seen < records) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(seen + " of " + records + " records on " + topic + " within " + timeout);
            }
            check.run();
            seen += consumer.poll(Duration.ofMillis(50)).count();
        }
        return System.nanoTime();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
