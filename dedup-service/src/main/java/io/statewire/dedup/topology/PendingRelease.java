package io.statewire.dedup.topology;

import io.statewire.dedup.text.Bands;

/**
 * Progress of one release revision in the assembler: how many passages it has ({@code expected}, -1 until a
 * candidate of it came) and how many are settled.
 */
record PendingRelease(int expected, int settled) {

    static final PendingRelease NONE = new PendingRelease(-1, 0);

    boolean complete() {
        return expected > 0 && settled == expected;
    }

    /** What has arrived for one passage: the candidate (once it came), the bands that answered, the best match. */
    record Gathered(Candidate candidate, int bands, BandVerdict.Match best) {

        static final Gathered NOTHING = new Gathered(null, 0, null);

        boolean settled() {
            return candidate != null && bands == Bands.COUNT;
        }

        /** This passage with one more item counted; a settled candidate counts for all bands at once. */
        Gathered with(Gather item) {
            if (item.candidate() != null) {
                return new Gathered(item.candidate(), item.settled() ? Bands.COUNT : bands, better(best, item.match()));
            }
            return new Gathered(candidate, bands + 1, better(best, item.band().match()));
        }

        private static BandVerdict.Match better(BandVerdict.Match a, BandVerdict.Match b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            return b.distance() < a.distance() ? b : a;
        }
    }
}
