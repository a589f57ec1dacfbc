package io.statewire.dedup.topology;

/**
 * What one band found for a candidate: the earlier passage it repeats, or none ({@code match} null). A verdict
 * with band {@link #EXACT} comes from the exact-fingerprint owner and settles the candidate alone.
 */
record BandVerdict(Candidate candidate, int band, Match match) {

    static final int EXACT = -1;

    /** An earlier passage and its Hamming distance to the candidate. */
    record Match(String passageId, String releaseId, int distance) {
    }
}
