package io.statewire.dedup.topology;

import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Counters kept in a state store, one set per task ({@code <name>@<partition>}), so they survive restarts and
 * {@code /stats} can add them up across tasks and instances. The count of passages seen also versions the task's
 * passage index (see {@link PassageIndex#isSynced}).
 */
class DedupStats {

    static final String SEEN = "seen";
    static final String UNIQUE = "unique";
    static final String EXACT_REPEATS = "exactRepeats";
    static final String NEAR_REPEATS = "nearRepeats";
    static final List<String> NAMES = List.of(SEEN, UNIQUE, EXACT_REPEATS, NEAR_REPEATS);
    /** Passages seen per scope, under {@code scope:<scope>@<partition>}: which scopes a task holds. */
    public static final String SCOPE_PREFIX = "scope:";

    private final KeyValueStore<String, Long> store;
    private final int partition;

    DedupStats(KeyValueStore<String, Long> store, int partition) {
        this.store = store;
        this.partition = partition;
    }

    long get(String name) {
        Long current = store.get(name + "@" + partition);
        return current == null ? 0 : current;
    }

    /** Adds one release's passages by verdict, in its scope; returns the new count of passages seen. */
    long add(String scope, int seen, int unique, int exactRepeats, int nearRepeats) {
        add(SCOPE_PREFIX + scope, seen);
        add(UNIQUE, unique);
        add(EXACT_REPEATS, exactRepeats);
        add(NEAR_REPEATS, nearRepeats);
        return add(SEEN, seen);
    }

    private long add(String name, long amount) {
        long total = get(name) + amount;
        store.put(name + "@" + partition, total);
        return total;
    }
}
