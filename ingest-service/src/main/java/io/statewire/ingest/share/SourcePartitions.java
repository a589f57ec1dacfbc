package io.statewire.ingest.share;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;

/**
 * Which instance polls a source: the one that holds partition {@link #partitionOf} of the group's topic. Takes a
 * source id and the partition count, gives the partition: the murmur2 hash of the id's UTF-8 bytes made positive,
 * modulo the count, the partition Kafka's default partitioner gives a record keyed by the source id. The same on
 * every instance and across restarts; only a change of the partition count moves sources.
 */
public final class SourcePartitions {

    private SourcePartitions() {
    }

    /** The partition that owns {@code sourceId} among {@code partitionCount} partitions. */
    public static int partitionOf(String sourceId, int partitionCount) {
        if (partitionCount < 1) {
            throw new IllegalArgumentException("partition count must be at least 1: " + partitionCount);
        }
        return Utils.toPositive(Utils.murmur2(sourceId.getBytes(StandardCharsets.UTF_8))) % partitionCount;
    }

    /** Those of {@code sourceIds} (in their order) whose partition is one of {@code held}. */
    public static Set<String> ownedBy(Collection<String> sourceIds, Set<Integer> held, int partitionCount) {
        Set<String> owned = new LinkedHashSet<>();
        if (held.isEmpty()) {
            return owned;
        }
        for (String sourceId : sourceIds) {
            if (held.contains(partitionOf(sourceId, partitionCount))) {
                owned.add(sourceId);
            }
        }
        return owned;
    }
}
