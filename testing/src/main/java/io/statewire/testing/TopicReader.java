package io.statewire.testing;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Reads committed records of one topic from its beginning until enough records that match arrive. Topics are
 * shared by the test classes of a JVM, so tests select their own records (usually by key).
 */
public final class TopicReader {

    private TopicReader() {
    }

    /** Waits for {@code count} matching records and returns them in the order read. */
    public static <V> List<ConsumerRecord<String, V>> await(String topic, Serde<V> valueSerde,
            Predicate<ConsumerRecord<String, V>> matching, int count, Duration timeout) {
        ConsumerTask<String, V> task = KafkaBroker.companion().consume(Serdes.String(), valueSerde)
                .withOffsetReset(OffsetResetStrategy.EARLIEST)
                .withIsolationLevel(IsolationLevel.READ_COMMITTED)
                .fromTopics(topic, m -> m.filter(matching).select().first(count));
        try {
            return task.awaitCompletion(timeout).getRecords();
        } catch (AssertionError e) {
            throw new AssertionError("only " + task.count() + " of " + count + " matching records on " + topic
                    + " within " + timeout + ": " + task.getRecords().stream().map(r -> r.key() + "=" + r.value()).toList(), e);
        } finally {
            task.close();
        }
    }

    /** All matching records that arrive within {@code window}: for asserting that nothing more comes. */
    public static <V> List<ConsumerRecord<String, V>> during(String topic, Serde<V> valueSerde,
            Predicate<ConsumerRecord<String, V>> matching, Duration window) {
        ConsumerTask<String, V> task = KafkaBroker.companion().consume(Serdes.String(), valueSerde)
                .withOffsetReset(OffsetResetStrategy.EARLIEST)
                .withIsolationLevel(IsolationLevel.READ_COMMITTED)
                .fromTopics(topic, m -> m.filter(matching));
        try {
            Thread.sleep(window.toMillis());
            return task.getRecords();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            task.close();
        }
    }

    /** The text of the last header named {@code name}, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
