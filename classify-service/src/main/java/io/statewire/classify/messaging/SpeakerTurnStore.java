package io.statewire.classify.messaging;

import io.statewire.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The current transcript turn of each release on the {@code press.passages} partitions this instance owns, as
 * committed to {@code classify.speaker-turns} (key releaseId, value the speaker's name, partition = the
 * passage's partition). A partition's turns are read back from the topic when it is assigned, so they survive
 * restarts and move with the partition on a rebalance; a batch's changes are applied only after its transaction
 * committed.
 */
@ApplicationScoped
public class SpeakerTurnStore {

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    private final String bootstrapServers;
    private final Map<Integer, Map<String, String>> turnsByPartition = new ConcurrentHashMap<>();

    public SpeakerTurnStore(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The committed turn of a release; a partition not loaded yet (no assignment seen) is loaded first. */
    public Optional<String> current(int partition, String releaseId) {
        return Optional.ofNullable(turnsByPartition.computeIfAbsent(partition, this::read).get(releaseId));
    }

    /** Reads the turns of newly assigned partitions, replacing anything held for them before. */
    public void load(Collection<Integer> partitions) {
        partitions.forEach(p -> turnsByPartition.put(p, read(p)));
    }

    public void forget(Collection<Integer> partitions) {
        partitions.forEach(turnsByPartition::remove);
    }

    /** Applies the turns of a committed batch: partition → (releaseId → speaker). */
    public void apply(Map<Integer, Map<String, String>> committed) {
        committed.forEach((partition, turns) ->
                turnsByPartition.computeIfAbsent(partition, p -> new ConcurrentHashMap<>()).putAll(turns));
    }

    private Map<String, String> read(int partition) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, String> turns = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            boolean exists = consumer.partitionsFor(Topics.CLASSIFY_TURNS, LOAD_TIMEOUT).stream()
                    .anyMatch(p -> p.partition() == partition);
            if (!exists) {
                return new ConcurrentHashMap<>();
            }
            TopicPartition topicPartition = new TopicPartition(Topics.CLASSIFY_TURNS, partition);
            consumer.assign(List.of(topicPartition));
            consumer.seekToBeginning(List.of(topicPartition));
            long end = consumer.endOffsets(List.of(topicPartition), LOAD_TIMEOUT).get(topicPartition);
            long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
            while (consumer.position(topicPartition) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topicPartition + " within " + LOAD_TIMEOUT);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() == null) {
                        turns.remove(record.key());
                    } else {
                        turns.put(record.key(), new String(record.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return new ConcurrentHashMap<>(turns);
    }
}
