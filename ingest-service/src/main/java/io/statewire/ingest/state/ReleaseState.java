package io.statewire.ingest.state;

/**
 * What ingest-service remembers of a published release, on {@code ingest.release-state} keyed by release id: the
 * source that publishes it, the last revision and content hash, the page's validators for conditional requests
 * (null when the site sent none) and when that revision was fetched ({@code fetchedAt} of the release, ISO-8601).
 * {@code sourceId} and {@code fetchedAt} are null in states written before they existed; such a state is never forgotten.
 */
public record ReleaseState(String releaseId, String sourceId, String url, int revision, String contentHash,
        String etag, String lastModified, String fetchedAt) {
}
