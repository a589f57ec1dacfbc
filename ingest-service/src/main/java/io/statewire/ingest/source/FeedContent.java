package io.statewire.ingest.source;

import java.util.Locale;

/**
 * What the entries of a source's feed carry, from the sources file's {@code feed-content}: a {@link #SUMMARY} (the
 * default; each release's page is fetched) or the {@link #FULL} text of the release (a release is built from its
 * feed entry and its page is not fetched; entries without content still are).
 */
public enum FeedContent {
    SUMMARY,
    FULL;

    /** The value as the sources file spells it. */
    public String fileValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
