package io.statewire.ingest.fetch;

import java.time.Duration;

/** Told about every request the polite fetcher sent or refused to send, for metrics. */
@FunctionalInterface
public interface FetchObserver {

    FetchObserver NONE = (source, outcome, bytes, latency) -> { };

    /**
     * @param outcome {@code ok}, {@code not-modified}, {@code challenge}, {@code http-4xx}, {@code http-5xx},
     *                {@code refused} (robots.txt, Retry-After, back-off) or {@code error}
     */
    void fetched(String source, String outcome, long bytes, Duration latency);
}
