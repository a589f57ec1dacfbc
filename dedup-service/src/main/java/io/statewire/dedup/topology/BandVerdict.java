package io.statewire.dedup.topology;

/**
 * What one band owner found for a probe: the earlier passage it repeats, or none ({@code match} null).
 */
record BandVerdict(IndexEntry probe, int band, Match match) {

    /** An earlier passage and its Hamming distance to the probe. */
    record Match(String passageId, String releaseId, int distance) {
    }
}
