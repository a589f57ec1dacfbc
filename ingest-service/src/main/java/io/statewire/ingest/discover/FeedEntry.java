package io.statewire.ingest.discover;

import java.net.URI;

/** A release announced by a feed or a list page; {@code title} and {@code publishedAt} may be null. */
public record FeedEntry(URI url, String title, String publishedAt) {
}
