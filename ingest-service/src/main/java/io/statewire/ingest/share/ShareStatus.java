package io.statewire.ingest.share;

import java.util.Set;

/**
 * Where this instance stands in the group that shares the sources out, for readiness: {@code ready} once it has
 * joined and read back the release state of the sources it owns; the partitions it holds (of
 * {@code partitionCount}), the sources it polls, and while not ready, why.
 */
public record ShareStatus(boolean ready, String phase, Set<Integer> partitions, int partitionCount,
        Set<String> sources) {

    public ShareStatus {
        partitions = Set.copyOf(partitions);
        sources = Set.copyOf(sources);
    }

    /** Not in the group yet. */
    public static ShareStatus joining(String group) {
        return new ShareStatus(false, "joining consumer group " + group, Set.of(), 0, Set.of());
    }
}
