package io.statewire.dedup.topology;

/** A passage as the band index keeps it: identity, stream order, SimHash and word count. */
record IndexEntry(String passageId, String releaseId, int revision, int position, long order, long simhash, int words) {
}
