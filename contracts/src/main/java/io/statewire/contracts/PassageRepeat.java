package io.statewire.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A passage dedup-service did not publish because it repeats one published before: contract
 * {@code passage-repeat/1} on {@link Topics#PASSAGE_REPEATS}, keyed by {@code releaseId}. {@code distance} is the
 * Hamming distance of the two SimHashes; {@code kind} is {@code exact} (same normalised text) or {@code near}.
 */
public record PassageRepeat(
        String schema,
        String passageId,
        String releaseId,
        int revision,
        int position,
        String text,
        String repeatsPassageId,
        String repeatsReleaseId,
        int distance,
        String kind,
        String source,
        String url) {

    public static final String SCHEMA = "passage-repeat/1";

    @JsonCreator
    public PassageRepeat {
        Require.schema(SCHEMA, schema);
        Require.text(SCHEMA, "passageId", passageId);
        Require.text(SCHEMA, "releaseId", releaseId);
        Require.text(SCHEMA, "repeatsPassageId", repeatsPassageId);
        Require.text(SCHEMA, "repeatsReleaseId", repeatsReleaseId);
        Require.atLeast(SCHEMA, "distance", distance, 0);
        Require.text(SCHEMA, "kind", kind);
    }
}
