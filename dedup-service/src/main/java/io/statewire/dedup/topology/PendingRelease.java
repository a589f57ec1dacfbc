package io.statewire.dedup.topology;

import io.statewire.dedup.text.Bands;
import java.util.Map;
import java.util.TreeMap;

/**
 * What has arrived so far for one release revision, by passage position: the candidate (once it came), how many
 * bands answered, and the best match among the answers. {@code expected} is the release's passage count, known
 * once any candidate came (-1 before).
 */
record PendingRelease(int expected, TreeMap<Integer, Gathered> byPosition) {

    record Gathered(Candidate candidate, int bands, BandVerdict.Match best) {

        boolean settled() {
            return candidate != null && bands == Bands.COUNT;
        }
    }

    static PendingRelease empty() {
        return new PendingRelease(-1, new TreeMap<>());
    }

    /** This release with one more item counted; a settled candidate counts for all bands at once. */
    PendingRelease with(Gather item) {
        Gathered before = byPosition.getOrDefault(item.position(), new Gathered(null, 0, null));
        Gathered after;
        if (item.candidate() != null) {
            int bands = item.settled() ? Bands.COUNT : before.bands();
            after = new Gathered(item.candidate(), bands, better(before.best(), item.match()));
        } else {
            after = new Gathered(before.candidate(), before.bands() + 1, better(before.best(), item.band().match()));
        }
        byPosition.put(item.position(), after);
        int count = item.candidate() != null ? item.candidate().releasePassages() : expected;
        return new PendingRelease(count, byPosition);
    }

    boolean complete() {
        return expected > 0 && byPosition.size() == expected && byPosition.values().stream().allMatch(Gathered::settled);
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
