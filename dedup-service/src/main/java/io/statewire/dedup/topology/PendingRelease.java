package io.statewire.dedup.topology;

import io.statewire.dedup.text.Bands;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verdicts gathered so far for one release revision, by passage position: the candidate, how many of its bands
 * answered, and the best match among their answers.
 */
record PendingRelease(int expected, TreeMap<Integer, Gathered> byPosition) {

    record Gathered(Candidate candidate, int bands, BandVerdict.Match best) {
    }

    static PendingRelease empty(int expected) {
        return new PendingRelease(expected, new TreeMap<>());
    }

    /** This release with one more verdict counted; an exact verdict counts for all bands. */
    PendingRelease with(BandVerdict verdict) {
        int position = verdict.candidate().passage().position();
        Gathered before = byPosition.get(position);
        int bands = verdict.band() == BandVerdict.EXACT ? Bands.COUNT : (before == null ? 1 : before.bands() + 1);
        BandVerdict.Match best = better(before == null ? null : before.best(), verdict.match());
        byPosition.put(position, new Gathered(verdict.candidate(), bands, best));
        return this;
    }

    boolean complete() {
        return byPosition.size() == expected
                && byPosition.values().stream().allMatch(g -> g.bands() == Bands.COUNT);
    }

    Map<Integer, Gathered> inOrder() {
        return byPosition;
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
