package io.statewire.dedup.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts stream-thread failures in a sliding window: a failure is worth a new thread while fewer than {@code limit}
 * failures fell within {@code window} before it; more than that means the failure comes back whatever is done.
 */
final class ThreadFailureBudget {

    private final int limit;
    private final Duration window;
    private final Deque<Instant> failures = new ArrayDeque<>();

    ThreadFailureBudget(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Records a failure at {@code now}; true while it is within the budget. */
    synchronized boolean allows(Instant now) {
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(window))) {
            failures.removeFirst();
        }
        failures.addLast(now);
        return failures.size() <= limit;
    }
}
