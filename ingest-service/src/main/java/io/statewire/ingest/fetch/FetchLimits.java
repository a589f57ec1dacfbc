package io.statewire.ingest.fetch;

import java.time.Duration;

/** How far a fetch may go: connect and whole-page timeouts, body size after decompression, redirects. */
public record FetchLimits(Duration connectTimeout, Duration pageTimeout, long maxBodyBytes, int maxRedirects) {

    public static final FetchLimits DEFAULT = new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30),
            5L * 1024 * 1024, 5);

    public FetchLimits {
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connect timeout must be positive, not " + connectTimeout);
        }
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("page timeout (statewire.ingest.page-timeout) must be positive, not "
                    + pageTimeout);
        }
        if (maxBodyBytes <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("body limit must be positive and redirects not negative, not "
                    + maxBodyBytes + " bytes and " + maxRedirects + " redirects");
        }
    }

    /** These limits with another time for a whole page, redirects included. */
    public FetchLimits withPageTimeout(Duration timeout) {
        return new FetchLimits(connectTimeout, timeout, maxBodyBytes, maxRedirects);
    }
}
