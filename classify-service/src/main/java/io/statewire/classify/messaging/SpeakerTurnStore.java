package io.statewire.classify.messaging;

import io.statewire.classify.speaker.ReleaseTurns;
import io.statewire.contracts.TopicReplay;
import io.statewire.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The transcript turns of each release on the {@code press.passages} partitions this instance owns, as committed
 * to {@code classify.speaker-turns} (key releaseId, value {@link ReleaseTurns} as text, partition = the passage's
 * partition). The turns of assigned partitions are read back from the topic when they are assigned, so they
 * survive restarts and move with their partition; a batch's changes are applied only once its transaction
 * committed.
 */
@ApplicationScoped
public class SpeakerTurnStore {

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaClients clients;
    private final Map<Integer, Map<String, ReleaseTurns>> byPartition = new ConcurrentHashMap<>();

    public SpeakerTurnStore(KafkaClients clients) {
        this.clients = clients;
    }

    /** The committed turns of a release; fails for a partition this instance does not hold (the batch aborts). */
    public ReleaseTurns of(int partition, String releaseId) {
        Map<String, ReleaseTurns> releases = byPartition.get(partition);
        if (releases == null) {
            throw new IllegalStateException("speaker turns of " + Topics.PASSAGES + "-" + partition + " are not loaded");
        }
        return releases.getOrDefault(releaseId, ReleaseTurns.NONE);
    }

    /** Reads the turns of newly assigned partitions from the topic, replacing anything held for them before. */
    public void load(Collection<Integer> partitions) {
        Map<Integer, Map<String, ReleaseTurns>> loaded = new HashMap<>();
        partitions.forEach(p -> loaded.put(p, new ConcurrentHashMap<>()));
        TopicReplay.replay(clients.with(Map.of()), Topics.CLASSIFY_TURNS, partitions, LOAD_TIMEOUT, record -> {
            Map<String, ReleaseTurns> releases = loaded.get(record.partition());
            if (record.value() == null) {
                releases.remove(record.key());
            } else {
                releases.put(record.key(), ReleaseTurns.decode(new String(record.value(), StandardCharsets.UTF_8)));
            }
        });
        byPartition.putAll(loaded);
    }

    public void forget(Collection<Integer> partitions) {
        partitions.forEach(byPartition::remove);
    }

    /** Applies the turns of a committed batch: partition → (releaseId → turns), for partitions still held. */
    public void apply(Map<Integer, Map<String, ReleaseTurns>> committed) {
        committed.forEach((partition, turns) -> {
            Map<String, ReleaseTurns> releases = byPartition.get(partition);
            if (releases != null) {
                releases.putAll(turns);
            }
        });
    }
}
