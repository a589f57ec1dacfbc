package io.statewire.ingest.release;

import io.statewire.ingest.state.ReleaseState;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the last published state of every release (revision, content hash, page validators), to publish a
 * release only when it is new or its content changed, and to ask the site only for pages that changed.
 * <p>
 * A release is remembered for {@code retention} after it was last published or last named by its source's
 * discovery (feed, list pages, sitemap), whichever is later; then {@link #expired} offers it to be forgotten, so that
 * memory follows what the sources still show rather than everything they ever published. A release still on its
 * source's feed is never offered, however old: forgetting it would publish it again.
 */
public class ReleaseTracker {

    /** How long a release that no source names any more is remembered, by default. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(180);

    private final Duration retention;
    private final Map<String, ReleaseState> byRelease = new ConcurrentHashMap<>();
    private final Map<String, ReleaseState> byUrl = new ConcurrentHashMap<>();
    /** When each release (by id) was last published or named by discovery. */
    private final Map<String, Instant> lastActive = new ConcurrentHashMap<>();

    public ReleaseTracker() {
        this(DEFAULT_RETENTION);
    }

    public ReleaseTracker(Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("release-retention must be positive: " + retention);
        }
        this.retention = retention;
    }

    /** Takes over states read back from Kafka at start-up, each as active when it was fetched (else {@code now}). */
    public void restore(Collection<ReleaseState> states, Instant now) {
        states.forEach(state -> published(state,
                state.fetchedAt() == null ? now : Instant.parse(state.fetchedAt())));
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

    /** Records a state once it is published, at {@code at}. */
    public void published(ReleaseState state, Instant at) {
        byRelease.merge(state.releaseId(), state, (old, now) -> now.revision() >= old.revision() ? now : old);
        byUrl.put(state.url(), byRelease.get(state.releaseId()));
        lastActive.merge(state.releaseId(), at, (old, now) -> now.isAfter(old) ? now : old);
    }

    /** Records that discovery named the (normalised) {@code url} at {@code at}; nothing when it is not published. */
    public void named(String url, Instant at) {
        ReleaseState state = byUrl.get(url);
        if (state != null) {
            lastActive.put(state.releaseId(), at);
        }
    }

    /** The releases of {@code sourceId} neither published nor named for longer than the retention at {@code now}. */
    public List<ReleaseState> expired(String sourceId, Instant now) {
        Instant before = now.minus(retention);
        return byRelease.values().stream()
                .filter(state -> sourceId.equals(state.sourceId()))
                .filter(state -> lastActive.getOrDefault(state.releaseId(), now).isBefore(before))
                .toList();
    }

    /** How many releases are remembered. */
    public int size() {
        return byRelease.size();
    }

    /** Forgets releases: published again, each would be new. One pass over the known URLs for all of them. */
    public void forget(Collection<ReleaseState> states) {
        Set<String> ids = new HashSet<>();
        states.forEach(state -> ids.add(state.releaseId()));
        byRelease.keySet().removeAll(ids);
        byUrl.values().removeIf(known -> ids.contains(known.releaseId()));
        lastActive.keySet().removeAll(ids);
    }
}
