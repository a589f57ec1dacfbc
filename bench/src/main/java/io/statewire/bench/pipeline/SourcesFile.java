package io.statewire.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Writes an ingest-service sources file: one {@code rss} source per feed, ids {@code <prefix>-<n>}. */
final class SourcesFile {

    private SourcesFile() {
    }

    /** A feed to watch; {@code fullText} when its entries carry the whole release ({@code feed-content: full}). */
    record Feed(String url, boolean fullText) {
    }

    static Path write(Path file, String prefix, List<Feed> feeds, Duration pollInterval) throws IOException {
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (int i = 0; i < feeds.size(); i++) {
            yaml.append("""
                      - id: %s-%d
                        profile: rss
                        feed-url: %s
                        feed-content: %s
                        poll-interval: %ds
                        allow-private-network: true
                    """.formatted(prefix, i, feeds.get(i).url(), feeds.get(i).fullText() ? "full" : "summary",
                    pollInterval.toSeconds()));
        }
        return Files.writeString(file, yaml);
    }
}
