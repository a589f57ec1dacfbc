package io.statewire.ingest.release;

import io.statewire.ingest.state.ReleaseState;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the last published state of every release (revision, content hash, page validators), to publish a
 * release only when it is new or its content changed, and to ask the site only for pages that changed.
 */
public class ReleaseTracker {

    private final Map<String, ReleaseState> byRelease = new ConcurrentHashMap<>();
    private final Map<String, ReleaseState> byUrl = new ConcurrentHashMap<>();

    /** Takes over states read back from Kafka at start-up. */
    public void restore(Collection<ReleaseState> states) {
        states.forEach(this::published);
    }

    /** The revision to publish for this content, or empty when the release is unchanged. */
    public OptionalInt nextRevision(String releaseId, String contentHash) {
        ReleaseState last = byRelease.get(releaseId);
        if (last == null) {
            return OptionalInt.of(1);
        }
        return last.contentHash().equals(contentHash) ? OptionalInt.empty() : OptionalInt.of(last.revision() + 1);
    }

    /** The last state of the release at {@code url}, for a conditional request. */
    public Optional<ReleaseState> atUrl(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    /** Records a state once it is published. */
    public void published(ReleaseState state) {
        byRelease.merge(state.releaseId(), state, (old, now) -> now.revision() >= old.revision() ? now : old);
        byUrl.put(state.url(), byRelease.get(state.releaseId()));
    }
}
