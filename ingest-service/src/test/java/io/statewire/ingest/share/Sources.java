package io.statewire.ingest.share;

import io.statewire.ingest.source.SourceDefinition;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/** Source definitions for the tests of sharing. */
final class Sources {

    private Sources() {
    }

    /** A source watching the feed at {@code feedUrl}. */
    static SourceDefinition withFeed(String id, String feedUrl) {
        return new SourceDefinition(id, "rss", URI.create(feedUrl), null, null, "en", Duration.ofMinutes(5), false, 1,
                null);
    }

    /** {@code count} sources, each on a site of its own ({@code site-<n>.example}). */
    static List<SourceDefinition> onSitesOfTheirOwn(int count) {
        return IntStream.range(0, count)
                .mapToObj(n -> withFeed("source-" + n, "https://site-" + n + ".example/rss.xml")).toList();
    }

    static List<String> ids(List<SourceDefinition> sources) {
        return sources.stream().map(SourceDefinition::id).toList();
    }
}
