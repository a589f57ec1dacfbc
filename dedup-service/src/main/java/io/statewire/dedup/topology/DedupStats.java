package io.statewire.dedup.topology;

import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Counters kept in a state store, one set per partition ({@code <name>@<partition>}), so they survive restarts
 * and the REST endpoint can add them up across the partitions an instance holds.
 */
class DedupStats {

    static final String SEEN = "seen";
    static final String UNIQUE = "unique";
    static final String EXACT_REPEATS = "exactRepeats";
    static final String NEAR_REPEATS = "nearRepeats";

    private final KeyValueStore<String, Long> store;
    private final int partition;

    DedupStats(KeyValueStore<String, Long> store, int partition) {
        this.store = store;
        this.partition = partition;
    }

    void add(String name, long amount) {
        String key = name + "@" + partition;
        Long current = store.get(key);
        store.put(key, (current == null ? 0 : current) + amount);
    }


}
