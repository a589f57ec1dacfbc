package io.statewire.dedup.topology;

/** Where and when a passage was first published; the value of the seen-passages store. */
public record FirstSeen(String passageId, String releaseId, int revision, int position, long seenAt) {
}
