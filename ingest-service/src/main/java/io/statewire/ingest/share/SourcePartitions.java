package io.statewire.ingest.share;

import io.statewire.ingest.source.SourceDefinition;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.common.utils.Utils;

/**
 * Which instance polls a source: the one that holds partition {@link #partitionOf} of the group's topic for the
 * source's {@link #keyOf key}, the host of its site. Sources of one site thus stay on one instance, whose per-host
 * politeness (least delay between requests, robots.txt, back-off) then holds for the whole deployment, as with one
 * instance. The partition is the murmur2 hash of the key's UTF-8 bytes made positive, modulo the partition count:
 * the partition Kafka's default partitioner gives a record with that key. The same on every instance and across
 * restarts; only a change of the partition count (or of a source's host) moves sources.
 */
public final class SourcePartitions {

    private SourcePartitions() {
    }

    /** The partition that owns {@code key} among {@code partitionCount} partitions. */
    public static int partitionOf(String key, int partitionCount) {
        if (partitionCount < 1) {
            throw new IllegalArgumentException("partition count must be at least 1: " + partitionCount);
        }
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitionCount;
    }

    /**
     * What places a source: the host (lower case) of its feed, else of its list page, else of its sitemap; its id
     * when it names none of them.
     */
    public static String keyOf(SourceDefinition source) {
        return Stream.of(source.feedUrl(), source.listUrl(), source.sitemapUrl())
                .filter(url -> url != null && url.getHost() != null)
                .map(URI::getHost).map(host -> host.toLowerCase(Locale.ROOT))
                .findFirst().orElse(source.id());
    }

    /** The partition of {@code source} among {@code partitionCount} partitions. */
    public static int partitionOf(SourceDefinition source, int partitionCount) {
        return partitionOf(keyOf(source), partitionCount);
    }

    /** The ids of those of {@code sources} (in their order) whose partition is one of {@code held}. */
    public static Set<String> ownedBy(Collection<SourceDefinition> sources, Set<Integer> held, int partitionCount) {
        Set<String> owned = new LinkedHashSet<>();
        if (held.isEmpty()) {
            return owned;
        }
        for (SourceDefinition source : sources) {
            if (held.contains(partitionOf(source, partitionCount))) {
                owned.add(source.id());
            }
        }
        return owned;
    }
}
