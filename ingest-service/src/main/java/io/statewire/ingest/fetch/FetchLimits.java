package io.statewire.ingest.fetch;

import java.time.Duration;

/** How far a fetch may go: connect and whole-page timeouts, body size after decompression, redirects. */
public record FetchLimits(Duration connectTimeout, Duration pageTimeout, long maxBodyBytes, int maxRedirects) {

    public static final FetchLimits DEFAULT = new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30),
            5L * 1024 * 1024, 5);
}
