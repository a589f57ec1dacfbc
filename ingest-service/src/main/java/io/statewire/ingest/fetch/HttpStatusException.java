package io.statewire.ingest.fetch;

import java.time.Duration;
import java.util.Optional;

/** The site answered with an error status; {@code retryAfter} is what its Retry-After header asked for, if any. */
public class HttpStatusException extends FetchException {

    private final int status;
    private final Duration retryAfter;

    public HttpStatusException(String url, int status, Duration retryAfter) {
        super(url + ": HTTP " + status + (retryAfter == null ? "" : ", retry after " + retryAfter.toSeconds() + " s"));
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
