package io.statewire.dedup.topology;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * What this instance's tasks hold: a stored passage by id (in one scope, or in every scope held here) and the
 * counters summed over its tasks. Throws Kafka Streams' {@code InvalidStateStoreException} while the state is
 * being restored or rebalanced.
 */
public final class LocalDedupState {

    private final KafkaStreams streams;

    public LocalDedupState(KafkaStreams streams) {
        this.streams = streams;
    }

    public Optional<StoredPassage> passage(String passageId, Optional<String> scope) {
        ReadOnlyKeyValueStore<Bytes, byte[]> passages = store(DedupTopology.PASSAGES_STORE);
        for (String candidate : scope.map(Set::of).orElseGet(this::scopes)) {
            byte[] stored = passages.get(PassageIndex.passageKey(candidate, PassageIndex.id64(passageId)));
            if (stored != null) {
                IndexedPassage passage = IndexedPassage.decode(stored);
                if (passage.passageId().equals(passageId)) {
                    return Optional.of(new StoredPassage(passageId, candidate, passage.releaseId(), passage.revision(),
                            passage.position(), Instant.ofEpochMilli(passage.seenAt())));
                }
            }
        }
        return Optional.empty();
    }

    /** Passages seen, unique, exact and near repeats, summed over this instance's tasks. */
    public Map<String, Long> stats() {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String name : DedupStats.NAMES) {
            totals.put(name, 0L);
        }
        try (KeyValueIterator<String, Long> all = this.<String, Long>store(DedupTopology.STATS_STORE).all()) {
            while (all.hasNext()) {
                KeyValue<String, Long> counter = all.next();
                String name = counter.key.substring(0, counter.key.lastIndexOf('@'));
                if (totals.containsKey(name)) {
                    totals.merge(name, counter.value, Long::sum);
                }
            }
        }
        return totals;
    }

    private Set<String> scopes() {
        Set<String> scopes = new TreeSet<>();
        try (KeyValueIterator<String, Long> all = this.<String, Long>store(DedupTopology.STATS_STORE).all()) {
            while (all.hasNext()) {
                String key = all.next().key;
                if (key.startsWith(DedupStats.SCOPE_PREFIX)) {
                    scopes.add(key.substring(DedupStats.SCOPE_PREFIX.length(), key.lastIndexOf('@')));
                }
            }
        }
        return scopes;
    }

    private <K, V> ReadOnlyKeyValueStore<K, V> store(String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<K, V>keyValueStore()));
    }
}
