package io.statewire.local.sample;

/**
 * What a sample feed's items carry besides title, link and date: nothing more ({@link #SUMMARY}, a feed that sends
 * readers to the release pages) or the release's whole text ({@link #FULL}, RSS {@code content:encoded}), as the
 * sources file's {@code feed-content} tells ingest-service.
 */
public enum FeedContent {
    SUMMARY,
    FULL
}
