package io.statewire.ingest.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class SourcePartitionsTest {

    private static final List<String> SOURCES = IntStream.range(0, 60).mapToObj(i -> "source-" + i).toList();

    @Test
    void aSourceGoesWhereKafkasPartitionerPutsARecordKeyedByItsId() {
        for (String id : List.of("mid-ru-en", "kremlin-ru", "gov-uk-fcdo", "ü-ñ", "")) {
            for (int count : List.of(1, 3, 6, 7)) {
                assertThat(SourcePartitions.partitionOf(id, count)).as(id + " of " + count)
                        .isEqualTo(BuiltInPartitioner.partitionForKey(id.getBytes(StandardCharsets.UTF_8), count));
            }
        }
    }

    @Test
    void thePartitionIsFixedForAnIdAndACount() {
        // pinned: a change of hash would move every source at the next deployment
        assertThat(SourcePartitions.partitionOf("mid-ru-en", 3)).isEqualTo(SourcePartitions.partitionOf("mid-ru-en", 3))
                .isBetween(0, 2);
        assertThat(SOURCES.stream().map(id -> SourcePartitions.partitionOf(id, 6)).toList())
                .isEqualTo(SOURCES.stream().map(id -> SourcePartitions.partitionOf(new String(id), 6)).toList());
        assertThat(SourcePartitions.partitionOf("a", 1)).isZero();
    }

    @Test
    void sourcesSpreadOverAllPartitions() {
        Map<Integer, Long> perPartition = SOURCES.stream()
                .collect(Collectors.groupingBy(id -> SourcePartitions.partitionOf(id, 3), Collectors.counting()));
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
        assertThat(seen).containsExactlyInAnyOrderElementsOf(SOURCES);
    }

    @Test
    void allPartitionsOwnEverySourceAndNoneOwnNothing() {
        assertThat(SourcePartitions.ownedBy(SOURCES, Set.of(0, 1, 2), 3)).containsExactlyElementsOf(SOURCES);
        assertThat(SourcePartitions.ownedBy(SOURCES, Set.of(), 3)).isEmpty();
        Function<Integer, Set<String>> of = p -> SourcePartitions.ownedBy(SOURCES, Set.of(p), 3);
        assertThat(of.apply(0)).doesNotContainAnyElementsOf(of.apply(1));
    }

    @Test
    void aPartitionCountBelowOneIsRefused() {
        assertThatThrownBy(() -> SourcePartitions.partitionOf("a", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
