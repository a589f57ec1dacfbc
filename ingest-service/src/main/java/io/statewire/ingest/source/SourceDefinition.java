package io.statewire.ingest.source;

import java.net.URI;
import java.time.Duration;

/**
 * One watched source from the sources file: where to discover releases ({@code feedUrl}, {@code listUrl}
 * and/or {@code sitemapUrl}; without the last, the profile's sitemap if it names one), which profile extracts them, and how often to poll. {@code language} is null when the file
 * leaves it to the pages (their {@code lang} attribute, else a guess from the text). {@code feedContent} says whether
 * the feed's entries carry the whole text of a release ({@link FeedContent#FULL}) or only a summary.
 */
public record SourceDefinition(
        String id,
        String profile,
        URI feedUrl,
        URI listUrl,
        URI sitemapUrl,
        String language,
        Duration pollInterval,
        boolean allowPrivateNetwork,
        int maxPages,
        String userAgent,
        FeedContent feedContent) {

    public SourceDefinition {
        feedContent = feedContent == null ? FeedContent.SUMMARY : feedContent;
    }

    /** A source whose feed carries summaries only (pages are fetched), the default. */
    public SourceDefinition(String id, String profile, URI feedUrl, URI listUrl, URI sitemapUrl, String language,
            Duration pollInterval, boolean allowPrivateNetwork, int maxPages, String userAgent) {
        this(id, profile, feedUrl, listUrl, sitemapUrl, language, pollInterval, allowPrivateNetwork, maxPages,
                userAgent, FeedContent.SUMMARY);
    }
}
