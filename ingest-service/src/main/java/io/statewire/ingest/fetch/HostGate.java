package io.statewire.ingest.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * Paces requests per host: at least the given delay between two requests to one host; none at all while the host
 * is in back-off after errors (doubling from 2 s up to 15 minutes, with jitter so that many sources do not come back
 * at once) or asked us to wait longer than that (Retry-After, up to an hour: a host cannot silence a source for
 * good, nor shorten the back-off by asking to be retried at once).
 */
public class HostGate {

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(15);
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private record HostState(long nextSlot, long blockedUntil, int failures) {
    }

    private final Map<String, HostState> hosts = new HashMap<>();
    private final LongSupplier nanoTime;

    public HostGate() {
        this(System::nanoTime);
    }

    HostGate(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * Reserves the next request slot for {@code host} and returns how long to wait for it; throws when the host
     * must not be asked now.
     */
    public synchronized Duration reserve(String host, Duration delay) throws RetryLaterException {
        long now = nanoTime.getAsLong();
        HostState state = hosts.getOrDefault(host, new HostState(now, now, 0));
        if (state.blockedUntil() - now > 0) {
            throw new RetryLaterException(host, (state.blockedUntil() - now + 999_999_999L) / 1_000_000_000L);
        }
        long slot = Math.max(now, state.nextSlot());
        hosts.put(host, new HostState(slot + delay.toNanos(), state.blockedUntil(), state.failures()));
        return Duration.ofNanos(slot - now);
    }

    /** A request failed: back off, longer after each failure in a row. */
    public void failed(String host) {
        failed(host, Duration.ZERO);
    }

    /**
     * A request failed and the host asked us to wait {@code retryAfter} (Retry-After; zero when it did not): back
     * off, longer after each failure in a row, or as long as the host asked when that is longer (up to an hour).
     */
    public synchronized void failed(String host, Duration retryAfter) {
        long now = nanoTime.getAsLong();
        HostState state = hosts.getOrDefault(host, new HostState(now, now, 0));
        int failures = state.failures() + 1;
        long backoff = Math.min(MAX_BACKOFF.toNanos(), FIRST_BACKOFF.toNanos() << Math.min(failures - 1, 20));
        long jittered = backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
        long asked = Math.max(0, Math.min(retryAfter.toNanos(), MAX_RETRY_AFTER.toNanos()));
        long until = now + Math.max(jittered, asked);
        hosts.put(host, new HostState(state.nextSlot(), Math.max(state.blockedUntil(), until), failures));
    }

    /** A request succeeded: the back-off starts again from the beginning. */
    public synchronized void succeeded(String host) {
        HostState state = hosts.get(host);
        if (state != null && state.failures() > 0) {
            hosts.put(host, new HostState(state.nextSlot(), state.blockedUntil(), 0));
        }
    }
}
