package io.statewire.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A release as scraped from an official page: contract {@code press-release/1} on {@link Topics#RELEASES},
 * keyed by {@code releaseId}. {@code revision} starts at 1 and grows each time the release is seen with
 * changed content. {@code docNumber} and {@code publishedAt} are null when the page does not give them.
 */
public record PressRelease(
        String schema,
        String releaseId,
        int revision,
        String source,
        String url,
        String docNumber,
        String title,
        String publishedAt,
        String language,
        List<String> tags,
        List<String> paragraphs,
        String contentHash,
        String fetchedAt) {

    public static final String SCHEMA = "press-release/1";

    @JsonCreator
    public PressRelease {
        Require.schema(SCHEMA, schema);
        Require.text(SCHEMA, "releaseId", releaseId);
        Require.atLeast(SCHEMA, "revision", revision, 1);
        Require.text(SCHEMA, "source", source);
        Require.text(SCHEMA, "url", url);
        Require.text(SCHEMA, "title", title);
        Require.text(SCHEMA, "language", language);
        tags = tags == null ? List.of() : List.copyOf(tags);
        paragraphs = Require.list(SCHEMA, "paragraphs", paragraphs);
        Require.text(SCHEMA, "contentHash", contentHash);
        Require.text(SCHEMA, "fetchedAt", fetchedAt);
    }
}
