package io.statewire.bench.pipeline;

import java.time.Duration;
import java.util.List;

/** Nearest-rank percentiles of a list of durations. */
record Percentiles(List<Duration> sorted) {

    static Percentiles of(List<Duration> durations) {
        if (durations.isEmpty()) {
            throw new IllegalArgumentException("no durations to take percentiles of");
        }
        return new Percentiles(durations.stream().sorted().toList());
    }

    /** The smallest value with at least {@code percent} % of the values at or below it. */
    Duration at(double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    Duration max() {
        return sorted.get(sorted.size() - 1);
    }
}
