package io.statewire.dedup.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.statewire.contracts.InvalidEventException;
import io.statewire.dedup.topology.DedupCounters;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/**
 * dedup-service's own counters on {@code /q/metrics}: {@code statewire_dedup_passages_total{verdict}} (unique,
 * exact, near, boilerplate) and {@code statewire_dedup_dead_letters_total{reason}}, fed by the topology as it
 * decides. They count processing, not commits: under exactly-once a task that fails and is retried counts its
 * records again, and they start from zero with each process (the committed totals are on {@code GET /stats}).
 * Created at start-up, so that every counter is on {@code /q/metrics}, at zero, before the first record.
 */
@Startup
@ApplicationScoped
public class DedupMetrics implements DedupCounters {

    private final MeterRegistry registry;
    private final Map<Verdict, Counter> passages = new EnumMap<>(Verdict.class);

    public DedupMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Verdict verdict : Verdict.values()) {
            passages.put(verdict, Counter.builder("statewire_dedup_passages")
                    .description("Passages decided, by verdict").tag("verdict", verdict.label()).register(registry));
        }
        for (InvalidEventException.Reason reason : InvalidEventException.Reason.values()) {
            deadLetters(reason.label());
        }
    }

    @Override
    public void passages(Verdict verdict, int count) {
        if (count > 0) {
            passages.get(verdict).increment(count);
        }
    }

    @Override
    public void deadLetter(String reason) {
        deadLetters(reason).increment();
    }

    private Counter deadLetters(String reason) {
        return Counter.builder("statewire_dedup_dead_letters")
                .description("Release records sent to the dead-letter topic").tag("reason", reason).register(registry);
    }
}
