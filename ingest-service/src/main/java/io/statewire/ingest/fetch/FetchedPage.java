package io.statewire.ingest.fetch;

import java.net.URI;

/**
 * A page as fetched: its final URL (after redirects), HTTP status, body text (null when the site answered 304 Not
 * Modified) and the validators the site sent for the next conditional request (null when none).
 */
public record FetchedPage(URI url, int status, String body, String etag, String lastModified) {

    public boolean notModified() {
        return status == 304;
    }
}
