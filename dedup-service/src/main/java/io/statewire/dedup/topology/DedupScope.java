package io.statewire.dedup.topology;

import io.statewire.contracts.PressRelease;
import java.util.Locale;

/**
 * Which releases are deduplicated against each other ({@code statewire.dedup.scope}): releases are repartitioned
 * once by this key, so that one task holds a scope's whole index and decides its passages alone, in stream order.
 * {@link #LANGUAGE} (the default) since a passage cannot repeat one in another language word for word;
 * {@link #SOURCE} to keep each source apart; {@link #ALL} for one scope across everything.
 */
public enum DedupScope {
    LANGUAGE, SOURCE, ALL;

    /** From its setting ({@code language}, {@code source} or {@code all}); a clear error names any other. */
    public static DedupScope parse(String setting) {
        for (DedupScope scope : values()) {
            if (scope.name().equalsIgnoreCase(setting.strip())) {
                return scope;
            }
        }
        throw new IllegalArgumentException("statewire.dedup.scope: '" + setting
                + "' is not one of language, source, all");
    }

    /** The scope key of a release: never empty. */
    String of(PressRelease release) {
        String key = switch (this) {
            case LANGUAGE -> release.language().toLowerCase(Locale.ROOT);
            case SOURCE -> release.source();
            case ALL -> "all";
        };
        return key == null || key.isBlank() ? "-" : key;
    }
}
