package io.statewire.ingest.state;

/**
 * What ingest-service remembers of a published release, on {@code ingest.release-state} keyed by release id: the
 * last revision and content hash, and the page's validators for conditional requests (null when the site sent
 * none).
 */
public record ReleaseState(String releaseId, String url, int revision, String contentHash, String etag,
        String lastModified) {
}
