package io.statewire.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * One passage of a release that was not published before: contract {@code passage/1} on
 * {@link Topics#PASSAGES}, keyed by {@code releaseId}. {@code passageId} is the hex fingerprint of the
 * normalised text; {@code text} is the original wording; {@code simhash} is a 64-bit SimHash of the normalised
 * text's words as 16 hex digits, for subscribers that cluster passages themselves (dedup-service no longer decides
 * with it: it compares content words, see {@link PassageRepeat}).
 */
public record Passage(
        String schema,
        String passageId,
        String releaseId,
        int revision,
        int position,
        String text,
        String simhash,
        String source,
        String url,
        String title,
        String publishedAt,
        String language) {

    public static final String SCHEMA = "passage/1";

    @JsonCreator
    public Passage {
        Require.schema(SCHEMA, schema);
        Require.text(SCHEMA, "passageId", passageId);
        Require.text(SCHEMA, "releaseId", releaseId);
        Require.atLeast(SCHEMA, "revision", revision, 1);
        Require.atLeast(SCHEMA, "position", position, 0);
        Require.text(SCHEMA, "text", text);
        Require.text(SCHEMA, "simhash", simhash);
        if (!simhash.matches("[0-9a-f]{16}")) {
            throw new InvalidEventException(SCHEMA + ": simhash must be 16 lower-case hex digits, was '" + simhash + "'");
        }
        Require.text(SCHEMA, "source", source);
        Require.text(SCHEMA, "url", url);
        Require.text(SCHEMA, "title", title);
        Require.text(SCHEMA, "language", language);
    }
}
