package io.statewire.ingest.release;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the last published revision and content hash of every release, to publish a release only when it is
 * new or its content changed.
 */
public class ReleaseTracker {

    private record Seen(int revision, String contentHash) {
    }

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    /** The revision to publish for this content, or empty when the release is unchanged. */
    public OptionalInt nextRevision(String releaseId, String contentHash) {
        Seen last = seen.get(releaseId);
        if (last == null) {
            return OptionalInt.of(1);
        }
        return last.contentHash().equals(contentHash) ? OptionalInt.empty() : OptionalInt.of(last.revision() + 1);
    }

    /** Records a revision once it is published. */
    public void published(String releaseId, int revision, String contentHash) {
        seen.merge(releaseId, new Seen(revision, contentHash), (old, now) -> now.revision() >= old.revision() ? now : old);
    }
}
