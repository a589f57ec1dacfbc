package io.statewire.dedup.topology;

import java.time.Instant;

/** Where and when a passage was first published, as {@code GET /passages/{passageId}} answers. */
public record StoredPassage(String passageId, String scope, String releaseId, int revision, int position,
        Instant firstSeen) {
}
