package io.statewire.ingest.discover;

import java.net.URI;
import java.util.List;

/**
 * A release announced by a feed or a list page; {@code title} and {@code publishedAt} may be null. {@code content}
 * is the whole text of the release as HTML when the feed carries it (RSS {@code content:encoded}, Atom
 * {@code content} of type html or xhtml), else null; {@code categories} are the feed's categories of the entry.
 */
public record FeedEntry(URI url, String title, String publishedAt, String content, List<String> categories) {

    public FeedEntry {
        categories = List.copyOf(categories);
    }

    /** An entry known by its link alone, or with a title and date, and no content. */
    public FeedEntry(URI url, String title, String publishedAt) {
        this(url, title, publishedAt, null, List.of());
    }
}
