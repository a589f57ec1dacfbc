package io.statewire.dedup.topology;

/**
 * A passage reduced to what near-duplicate matching needs: identity, stream order, SimHash and word count. It is
 * what band probes and band verdicts carry and what the band index stores.
 */
record IndexEntry(String passageId, String releaseId, int revision, int position, long order, long simhash, int words) {

    /** True when {@code other} comes before this passage in stream order (time, release id, revision, position). */
    boolean isAfter(IndexEntry other) {
        int byTime = Long.compare(other.order, order);
        if (byTime != 0) {
            return byTime < 0;
        }
        int byRelease = other.releaseId.compareTo(releaseId);
        if (byRelease != 0) {
            return byRelease < 0;
        }
        if (other.revision != revision) {
            return other.revision < revision;
        }
        return other.position < position;
    }
}
