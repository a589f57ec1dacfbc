package io.statewire.ingest.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statewire.ingest.source.SourceDefinition;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class SourcePartitionsTest {

    private static final List<SourceDefinition> SOURCES = Sources.onSitesOfTheirOwn(60);

    @Test
    void aKeyGoesWhereKafkasPartitionerPutsARecordWithThatKey() {
        for (String key : List.of("mid.ru", "www.kremlin.ru", "www.gov.uk", "ü-ñ", "")) {
            for (int count : List.of(1, 3, 6, 7)) {
                assertThat(SourcePartitions.partitionOf(key, count)).as(key + " of " + count)
                        .isEqualTo(BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), count));
            }
        }
    }

    @Test
    void thePartitionOfAKeyIsPinned() {
        // murmur2 as Kafka computes it: a change of hash would move every source at the next deployment
        assertThat(SourcePartitions.partitionOf("mid.ru", 3)).isEqualTo(
                (int) ((murmur2Reference("mid.ru") & 0x7fffffffL) % 3));
        assertThat(SourcePartitions.partitionOf("www.gov.uk", 6)).isEqualTo(
                (int) ((murmur2Reference("www.gov.uk") & 0x7fffffffL) % 6));
        assertThat(SourcePartitions.partitionOf("a", 1)).isZero();
    }

    @Test
    void aSourceIsPlacedByTheHostOfItsFeedElseListElseSitemapElseItsId() {
        SourceDefinition feedAndList = new SourceDefinition("mid-ru-en", "mid-ru", URI.create("https://MID.ru/en/rss.php"),
                URI.create("https://www.mid.ru/en/foreign_policy/news/"), null, "en", Duration.ofMinutes(5), false, 1,
                null);
        SourceDefinition listOnly = new SourceDefinition("gov-uk", "gov-uk", null,
                URI.create("https://www.gov.uk/search/news"), null, "en", Duration.ofMinutes(5), false, 1, null);
        SourceDefinition sitemapOnly = new SourceDefinition("kremlin", "generic", null, null,
                URI.create("http://kremlin.ru/sitemap.xml"), "en", Duration.ofMinutes(5), false, 1, null);
        SourceDefinition nothing = new SourceDefinition("nowhere", "generic", null, null, null, "en",
                Duration.ofMinutes(5), false, 1, null);

        assertThat(SourcePartitions.keyOf(feedAndList)).isEqualTo("mid.ru");
        assertThat(SourcePartitions.keyOf(listOnly)).isEqualTo("www.gov.uk");
        assertThat(SourcePartitions.keyOf(sitemapOnly)).isEqualTo("kremlin.ru");
        assertThat(SourcePartitions.keyOf(nothing)).isEqualTo("nowhere");
        assertThat(SourcePartitions.partitionOf(feedAndList, 6)).isEqualTo(SourcePartitions.partitionOf("mid.ru", 6));
    }

    @Test
    void sourcesOfOneSiteStayTogether() {
        List<SourceDefinition> midRu = List.of("en", "ru", "de", "fr", "es", "pt").stream()
                .map(lang -> Sources.withFeed("mid-ru-" + lang, "https://mid.ru/" + lang + "/rss.php")).toList();
        Set<Integer> partitions = midRu.stream().map(s -> SourcePartitions.partitionOf(s, 6))
                .collect(Collectors.toSet());
        assertThat(partitions).hasSize(1);
        assertThat(SourcePartitions.ownedBy(midRu, partitions, 6)).hasSize(6);
    }

    @Test
    void sitesSpreadOverAllPartitions() {
        Map<Integer, Long> perPartition = SOURCES.stream()
                .collect(Collectors.groupingBy(s -> SourcePartitions.partitionOf(s, 3), Collectors.counting()));
        assertThat(perPartition).containsOnlyKeys(0, 1, 2);
        assertThat(perPartition.values()).allSatisfy(n -> assertThat(n).isBetween(10L, 30L));
    }

    @Test
    void everySourceIsOwnedByExactlyOneHolderOfAPartition() {
        List<Set<Integer>> members = List.of(Set.of(0), Set.of(1, 3), Set.of(2, 4, 5));
        Set<String> seen = new HashSet<>();
        for (Set<Integer> held : members) {
            Set<String> owned = SourcePartitions.ownedBy(SOURCES, held, 6);
            assertThat(owned).allSatisfy(id -> assertThat(seen.add(id)).as(id + " owned twice").isTrue());
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(Sources.ids(SOURCES));
    }

    @Test
    void allPartitionsOwnEverySourceAndNoneOwnNothing() {
        assertThat(SourcePartitions.ownedBy(SOURCES, Set.of(0, 1, 2), 3))
                .containsExactlyElementsOf(Sources.ids(SOURCES));
        assertThat(SourcePartitions.ownedBy(SOURCES, Set.of(), 3)).isEmpty();
    }

    @Test
    void aPartitionCountBelowOneIsRefused() {
        assertThatThrownBy(() -> SourcePartitions.partitionOf("a", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    /** MurmurHash2 (32 bit, seed 0x9747b28c) as published, to pin the hash independently of Kafka's code. */
    private static int murmur2Reference(String key) {
        byte[] data = key.getBytes(StandardCharsets.UTF_8);
        int m = 0x5bd1e995;
        int h = 0x9747b28c ^ data.length;
        int i = 0;
        for (; i + 4 <= data.length; i += 4) {
            int k = (data[i] & 0xff) | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff) << 16 | (data[i + 3] & 0xff) << 24;
            k *= m;
            k ^= k >>> 24;
            k *= m;
            h *= m;
            h ^= k;
        }
        switch (data.length - i) {
            case 3:
                h ^= (data[i + 2] & 0xff) << 16;
            case 2:
                h ^= (data[i + 1] & 0xff) << 8;
            case 1:
                h ^= data[i] & 0xff;
                h *= m;
            default:
        }
        h ^= h >>> 13;
        h *= m;
        h ^= h >>> 15;
        return h;
    }
}
