package io.statewire.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A passage dedup-service did not publish because it repeats one published before: contract
 * {@code passage-repeat/2} on {@link Topics#PASSAGE_REPEATS}, keyed by {@code releaseId}. {@code similarity} is
 * how close the two are, from 0 to 1: the Jaccard similarity of their content-word sets, 1 for the same
 * normalised text; {@code kind} is {@code exact} (same normalised text) or {@code near}. ({@code passage-repeat/1}
 * had the Hamming distance of two SimHashes in {@code distance} instead.)
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
        double similarity,
        String kind,
        String source,
        String url) {

    public static final String SCHEMA = "passage-repeat/2";

    @JsonCreator
    public PassageRepeat {
        Require.schema(SCHEMA, schema);
        Require.text(SCHEMA, "passageId", passageId);
        Require.text(SCHEMA, "releaseId", releaseId);
        Require.text(SCHEMA, "repeatsPassageId", repeatsPassageId);
        Require.text(SCHEMA, "repeatsReleaseId", repeatsReleaseId);
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new InvalidEventException(SCHEMA + ": similarity must be from 0 to 1, was " + similarity);
        }
        Require.text(SCHEMA, "kind", kind);
    }
}
