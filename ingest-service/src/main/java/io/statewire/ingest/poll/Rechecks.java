package io.statewire.ingest.poll;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Decides which releases one poll fetches: every release not published yet, in the order discovered, then at most
 * {@code perPoll} releases already published whose last check is at least {@code after} old, the least recently
 * checked first. A site's feed or list can name dozens of releases and each request waits for the host's minimum
 * delay, so fetching every known page again on every poll would hold a new release back for as many seconds;
 * checking a few known pages per poll still notices edits and growth ("To be continued...") within minutes.
 * A release this instance never checked (after a restart or a handover) counts as due. Only the releases the source
 * still lists are remembered (one that dropped off its feed is not checked again), so memory follows the feed, not
 * the source's history.
 */
public final class Rechecks {

    private final Duration after;
    private final int perPoll;
    private final Map<URI, Instant> lastChecked = new ConcurrentHashMap<>();

    public Rechecks(Duration after, int perPoll) {
        if (after.isNegative()) {
            throw new IllegalArgumentException("recheck-after must not be negative: " + after);
        }
        if (perPoll < 0) {
            throw new IllegalArgumentException("rechecks-per-poll must not be negative: " + perPoll);
        }
        this.after = after;
        this.perPoll = perPoll;
    }

    /**
     * How many known releases a poll of a source re-checks: as many as fit in its poll interval at the host's minimum
     * delay besides the feed request, at least one (so that re-checks go on), at most {@code configured}. Each
     * re-check takes one of the host's request slots before the next feed request, so a new release that appears
     * during them waits for them: with a poll interval as short as the host delay, for one slot only.
     */
    public static int perPoll(int configured, Duration pollInterval, Duration hostDelay) {
        if (configured == 0 || hostDelay.isZero()) {
            return configured;
        }
        long spare = pollInterval.toNanos() / hostDelay.toNanos() - 1;
        return (int) Math.max(1, Math.min(configured, spare));
    }

    /** Every known release on every poll: the behaviour of a plain crawler, for tests of a single poll. */
    public static Rechecks everyPoll() {
        return new Rechecks(Duration.ZERO, Integer.MAX_VALUE);
    }

    /**
     * The releases to fetch now out of {@code discovered} (normalised URLs in discovery order): the new ones first,
     * then the known ones that are due.
     */
    public List<URI> plan(Collection<URI> discovered, Predicate<URI> published, Instant now) {
        if (!discovered.isEmpty()) { // empty when discovery failed: keep what is known until it works again
            lastChecked.keySet().retainAll(new HashSet<>(discovered));
        }
        List<URI> plan = new ArrayList<>();
        List<URI> due = new ArrayList<>();
        for (URI url : discovered) {
            if (!published.test(url)) {
                plan.add(url);
            } else if (isDue(url, now)) {
                due.add(url);
            }
        }
        due.sort(Comparator.comparing(url -> lastChecked.getOrDefault(url, Instant.MIN)));
        plan.addAll(due.subList(0, Math.min(perPoll, due.size())));
        return plan;
    }

    /** Records that the release at {@code url} was fetched (whatever came of it). */
    public void checked(URI url, Instant at) {
        lastChecked.put(url, at);
    }

    private boolean isDue(URI url, Instant now) {
        Instant last = lastChecked.get(url);
        return last == null || !last.plus(after).isAfter(now);
    }
}
