package io.statewire.contracts;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Replays a state topic (such as {@link Topics#INGEST_STATE} or {@link Topics#CLASSIFY_TURNS}) from the beginning to
 * its end as it is now, committed records only, handing each record (key, value, null for a tombstone) to the
 * caller in offset order per partition. How a service rebuilds what it remembers after a restart or a rebalance.
 */
public final class TopicReplay {

    private TopicReplay() {
    }

    /**
     * Replays {@code partitions} of {@code topic} (all of them when empty) with a consumer built from
     * {@code settings} (bootstrap servers, security) that reads committed records only and commits nothing.
     * A partition that does not exist is skipped; not reaching the end within {@code timeout} is an
     * {@link IllegalStateException}.
     */
    public static void replay(Map<String, Object> settings, String topic, Collection<Integer> partitions,
            Duration timeout, Consumer<ConsumerRecord<String, byte[]>> each) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> assigned = consumer.partitionsFor(topic, timeout).stream()
                    .filter(p -> partitions.isEmpty() || partitions.contains(p.partition()))
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (assigned.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(each);
            }
        }
    }
}
