package io.statewire.ingest.messaging;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.InvalidEventException;
import io.statewire.contracts.Topics;
import io.statewire.ingest.state.ReleaseState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads {@code ingest.release-state} from the beginning to its end (committed records only) and returns the last
 * state of every release, so that a restarted or moved instance carries on without publishing anything twice.
 */
public final class ReleaseStateLoader {

    private static final Logger LOG = Logger.getLogger(ReleaseStateLoader.class);

    private ReleaseStateLoader() {
    }

    public static List<ReleaseState> load(String bootstrapServers, Duration timeout) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            Set<TopicPartition> partitions = consumer.partitionsFor(Topics.INGEST_STATE, timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).collect(Collectors.toSet());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Map<String, ReleaseState> states = new HashMap<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + Topics.INGEST_STATE + " within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() == null) {
                        states.remove(record.key());
                        continue;
                    }
                    try {
                        states.put(record.key(), EventJson.read(record.value(), ReleaseState.class));
                    } catch (InvalidEventException e) {
                        LOG.warnf("skipping unreadable state of %s: %s", record.key(), e.getMessage());
                    }
                }
            }
            return new ArrayList<>(states.values());
        }
    }
}
