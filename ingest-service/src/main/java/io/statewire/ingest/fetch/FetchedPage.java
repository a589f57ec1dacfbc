package io.statewire.ingest.fetch;

import java.net.URI;

/** A page as fetched: its final URL (after redirects), HTTP status and body text. */
public record FetchedPage(URI url, int status, String body) {
}
