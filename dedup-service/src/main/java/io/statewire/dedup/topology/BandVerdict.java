package io.statewire.dedup.topology;

/** What one band found for a candidate: the earlier passage it repeats, or none ({@code match} null). */
record BandVerdict(Candidate candidate, int band, Match match) {

    /** An earlier passage and its Hamming distance to the candidate. */
    record Match(String passageId, String releaseId, int distance) {
    }
}
