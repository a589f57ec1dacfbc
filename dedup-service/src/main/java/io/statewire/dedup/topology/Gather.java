package io.statewire.dedup.topology;

/**
 * An item for the release assembler, keyed by release id: either a candidate, {@code settled} when no band
 * verdicts will follow (an exact repeat, whose {@code match} is set, or a passage too short for near matching),
 * or the verdict of one band for a candidate.
 */
record Gather(Candidate candidate, boolean settled, BandVerdict.Match match, BandVerdict band) {

    static Gather candidate(Candidate candidate, boolean settled, BandVerdict.Match match) {
        return new Gather(candidate, settled, match, null);
    }

    static Gather band(BandVerdict verdict) {
        return new Gather(null, false, null, verdict);
    }

    int position() {
        return candidate != null ? candidate.passage().position() : band.probe().position();
    }

    int revision() {
        return candidate != null ? candidate.passage().revision() : band.probe().revision();
    }
}
