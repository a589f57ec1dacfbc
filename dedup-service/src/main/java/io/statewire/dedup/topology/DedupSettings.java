package io.statewire.dedup.topology;

import io.statewire.dedup.text.BoilerplateFilter;
import java.time.Duration;

/**
 * What the topology is configured with: how long passages are remembered, how often expired ones are purged,
 * the longest passage before it is split at sentences, the boilerplate patterns and the dedup scope.
 */
public record DedupSettings(Duration retention, Duration purgeInterval, int maxPassageChars,
        BoilerplateFilter boilerplate, DedupScope scope) {

    public static DedupSettings defaults() {
        return new DedupSettings(Duration.ofDays(180), Duration.ofHours(1), 1200, BoilerplateFilter.bundled(),
                DedupScope.LANGUAGE);
    }
}
