package io.statewire.ingest.share;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.ingest.source.SourceDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HandoverTest {

    private static final List<SourceDefinition> SOURCES = Sources.onSitesOfTheirOwn(8);
    private static final List<String> IDS = Sources.ids(SOURCES);

    private static Set<String> owned(Set<Integer> held) {
        return SourcePartitions.ownedBy(SOURCES, held, 3);
    }

    @Test
    void theFirstAssignmentStartsEveryOwnedSourceAfterReadingTheState() {
        Handover handover = Handover.between(Set.of(), owned(Set.of(0, 1, 2)));
        assertThat(handover.start()).containsExactlyInAnyOrderElementsOf(IDS);
        assertThat(handover.stop()).isEmpty();
        assertThat(handover.readsStateFirst()).isTrue();
    }

    @Test
    void givingAPartitionAwayStopsOnlyItsSourcesAndReadsNothing() {
        Set<String> before = owned(Set.of(0, 1, 2));
        Handover handover = Handover.between(before, owned(Set.of(0, 2)));
        assertThat(handover.stop()).isNotEmpty().isEqualTo(owned(Set.of(1)));
        assertThat(handover.start()).isEmpty();
        assertThat(handover.readsStateFirst()).isFalse();
    }

    @Test
    void takingAPartitionOverStartsOnlyItsSources() {
        Handover handover = Handover.between(owned(Set.of(0)), owned(Set.of(0, 2)));
        assertThat(handover.start()).isNotEmpty().isEqualTo(owned(Set.of(2)));
        assertThat(handover.stop()).isEmpty();
        assertThat(handover.readsStateFirst()).isTrue();
    }

    @Test
    void anUnchangedAssignmentChangesNothing() {
        Handover handover = Handover.between(owned(Set.of(1)), owned(Set.of(1)));
        assertThat(handover.start()).isEmpty();
        assertThat(handover.stop()).isEmpty();
        assertThat(handover.readsStateFirst()).isFalse();
    }

    @Test
    void losingEveryPartitionStopsEverySource() {
        Handover handover = Handover.between(Set.copyOf(IDS), owned(Set.of()));
        assertThat(handover.stop()).containsExactlyInAnyOrderElementsOf(IDS);
        assertThat(handover.start()).isEmpty();
    }

    @Test
    void aNewPartitionCountMovesSourcesBothWays() {
        Set<String> before = SourcePartitions.ownedBy(SOURCES, Set.of(0), 3);
        Set<String> after = SourcePartitions.ownedBy(SOURCES, Set.of(0), 6);
        Handover handover = Handover.between(before, after);
        Set<String> applied = new HashSet<>(before);
        applied.removeAll(handover.stop());
        applied.addAll(handover.start());
        assertThat(applied).isEqualTo(after);
        assertThat(handover.stop()).isNotEmpty().allSatisfy(id -> assertThat(after).doesNotContain(id));
        assertThat(handover.start()).allSatisfy(id -> assertThat(before).doesNotContain(id));
    }
}
