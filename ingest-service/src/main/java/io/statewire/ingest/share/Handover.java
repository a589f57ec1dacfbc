package io.statewire.ingest.share;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an instance does when the partitions it holds change: from the sources it polls now and the sources it owns
 * from now on, the sources to stop polling (before the partitions go to another instance) and the sources to start
 * polling (after reading back what was published before, as their previous owner may have published since this
 * instance last read it).
 */
public record Handover(Set<String> stop, Set<String> start) {

    public Handover {
        stop = Set.copyOf(stop);
        start = Set.copyOf(start);
    }

    /** The change from polling {@code polled} to polling {@code owned}. */
    public static Handover between(Set<String> polled, Set<String> owned) {
        Set<String> stop = new LinkedHashSet<>(polled);
        stop.removeAll(owned);
        Set<String> start = new LinkedHashSet<>(owned);
        start.removeAll(polled);
        return new Handover(stop, start);
    }

    /** Whether sources are taken over, so that the release state must be read back first. */
    public boolean readsStateFirst() {
        return !start.isEmpty();
    }
}
