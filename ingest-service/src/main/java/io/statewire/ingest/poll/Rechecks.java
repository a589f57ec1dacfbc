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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Decides which releases one poll fetches: every release not published yet, in the order discovered, then at most
 * {@code perPoll} releases already published whose last check is at least {@code after} old, the least recently
 * checked first. A site's feed or list can name dozens of releases and each request waits for the host's minimum
 * delay, so fetching every known page again on every poll would hold a new release back for as many seconds;
 * checking a few known pages per poll still notices edits and growth ("To be continued...") within minutes.
 * A release this instance never checked (after a restart or a handover) counts as due. A release whose last fetch
 * failed (a missing page, one without text, a bot challenge) waits before it is tried again, 10 s after the first
 * failure and twice as long after each further one in a row, at most 30 minutes: a page that always fails would
 * otherwise take one of the host's request slots on every poll, ahead of the next new release. Only the releases the
 * source still lists are remembered (one that dropped off its feed is not checked again), so memory follows the
 * feed, not the source's history.
 */
public final class Rechecks {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(30);

    private final Duration after;
    private final int perPoll;
    private final Map<URI, Instant> lastChecked = new ConcurrentHashMap<>();
    private final Map<URI, Failures> failures = new ConcurrentHashMap<>();

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
        List<URI> plan = new ArrayList<>();
        List<URI> due = new ArrayList<>();
        for (URI url : discovered) {
            if (waitingToRetry(url, now)) {
                continue;
            }
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

    /**
     * Forgets the releases the source no longer lists ({@code listed}: every URL its discovery gave), unless
     * discovery gave nothing (it failed: what is known is kept until it works again).
     */
    public void retainListed(Collection<URI> listed) {
        if (!listed.isEmpty()) {
            Set<URI> kept = new HashSet<>(listed);
            lastChecked.keySet().retainAll(kept);
            failures.keySet().retainAll(kept);
        }
    }

    /** Records that the release at {@code url} was fetched and dealt with at {@code at}. */
    public void checked(URI url, Instant at) {
        lastChecked.put(url, at);
        failures.remove(url);
    }

    /**
     * Records that fetching or reading the release at {@code url} failed at {@code at} (the site's doing, not a
     * failure to publish it): it waits before a retry.
     */
    public void failed(URI url, Instant at) {
        lastChecked.put(url, at);
        failures.compute(url, (key, last) -> {
            int count = last == null ? 1 : last.count() + 1;
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(count - 1, 20));
            return new Failures(count, at.plus(wait.compareTo(LONGEST_RETRY) < 0 ? wait : LONGEST_RETRY));
        });
    }

    /** Whether the release at {@code url} failed last time and may not be tried again yet. */
    boolean waitingToRetry(URI url, Instant now) {
        Failures failed = failures.get(url);
        return failed != null && failed.retryAt().isAfter(now);
    }

    /** Failed fetches of one release in a row, and when it may be tried again. */
    private record Failures(int count, Instant retryAt) {
    }

    private boolean isDue(URI url, Instant now) {
        Instant last = lastChecked.get(url);
        return last == null || !last.plus(after).isAfter(now);
    }
}
