package io.statewire.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.statewire.ingest.fetch.FetchObserver;
import io.statewire.ingest.poll.PollResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * ingest-service's own metrics, under {@code statewire_ingest_*} on {@code /q/metrics}: fetches by source and
 * outcome, fetch latency, bytes fetched, releases published (new, revised), forgotten and remembered, bot challenges, the time of the
 * last successful poll of each source and its configured poll interval (so that an alert can say "no successful
 * poll for three intervals").
 */
@ApplicationScoped
public class IngestMetrics implements FetchObserver {

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Publishes how many releases the instance remembers as {@code statewire_ingest_releases_remembered}. */
    public void remembering(Supplier<Number> releases) {
        Gauge.builder("statewire_ingest_releases_remembered", releases)
                .description("Releases whose last state the instance keeps (until their retention runs out)")
                .strongReference(true).register(registry);
    }

    /** Publishes the poll interval of a watched source as {@code statewire_ingest_poll_interval_seconds}. */
    public void watching(String source, Duration pollInterval) {
        double seconds = pollInterval.toNanos() / 1e9;
        Gauge.builder("statewire_ingest_poll_interval_seconds", () -> seconds)
                .description("Configured time between two polls of the source").tags("source", source)
                .strongReference(true).register(registry);
    }

    /**
     * Removes the gauges of a source this instance no longer polls (another instance took it over and reports it),
     * so that no alert reads this instance's last poll of it.
     */
    public void notWatching(String source) {
        lastSuccess.remove(source);
        for (String gauge : List.of("statewire_ingest_poll_interval_seconds",
                "statewire_ingest_last_successful_poll_seconds")) {
            registry.find(gauge).tags("source", source).meters().forEach(registry::remove);
        }
    }

    @Override
    public void fetched(String source, String outcome, long bytes, Duration latency) {
        Counter.builder("statewire_ingest_fetches").description("Requests sent or refused, by outcome")
                .tags("source", source, "outcome", outcome).register(registry).increment();
        if (!latency.isZero()) {
            Timer.builder("statewire_ingest_fetch_latency").description("Time to fetch one page")
                    .tags("source", source).publishPercentileHistogram().register(registry).record(latency);
        }
        if (bytes > 0) {
            DistributionSummary.builder("statewire_ingest_fetched_bytes").baseUnit("bytes")
                    .tags("source", source).register(registry).record(bytes);
        }
    }

    /** Counts what one poll did; a poll without errors sets the source's last successful poll to {@code now}. */
    public void polled(PollResult result, Instant now) {
        String source = result.sourceId();
        release(source, "new").increment(result.published() - result.revised());
        release(source, "revised").increment(result.revised());
        Counter.builder("statewire_ingest_releases_forgotten")
                .description("Releases forgotten: neither published nor named by the source for the retention")
                .tags("source", source).register(registry).increment(result.forgotten());
        Counter.builder("statewire_ingest_challenges").description("Bot-challenge pages met")
                .tags("source", source).register(registry).increment(result.challenges());
        AtomicLong last = lastSuccess.computeIfAbsent(source, s -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("statewire_ingest_last_successful_poll_seconds", value, AtomicLong::get)
                    .description("Epoch second of the last poll of the source without errors")
                    .tags("source", s).register(registry);
            return value;
        });
        if (result.errors().isEmpty()) {
            last.set(now.getEpochSecond());
        }
    }

    private Counter release(String source, String kind) {
        return Counter.builder("statewire_ingest_releases_published").description("Releases published")
                .tags("source", source, "kind", kind).register(registry);
    }
}
