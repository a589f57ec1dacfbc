package io.statewire.classify.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.statewire.contracts.InvalidEventException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * classify-service's own metrics on {@code /q/metrics}, counted per committed batch: statements published
 * ({@code statewire_classify_statements_total}), statements per topic tag
 * ({@code statewire_classify_statement_topics_total{topic}}), dead letters by reason
 * ({@code statewire_classify_dead_letters_total{reason}}), the delay from ingest-service's fetch of the release to
 * the statement's publication ({@code statewire_classify_delay_seconds}, a histogram; a fetch time later than the
 * commit, clocks apart, counts as no delay) and the time the classifier took
 * ({@code statewire_classify_classification_seconds_total}; divided by the statements, the mean per statement).
 * Created at start-up, so that every counter is there from the start, at zero.
 */
@Startup
@ApplicationScoped
public class ClassifyMetrics {

    /** The dead-letter reason of a passage the classifier failed on (unreadable passages have their contract's). */
    public static final String CLASSIFICATION_FAILED = "classification-failed";

    private final MeterRegistry registry;
    private final Counter statements;
    private final Timer delay;
    private final Counter classifying;

    public ClassifyMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.statements = Counter.builder("statewire_classify_statements").description("Statements published")
                .register(registry);
        this.delay = Timer.builder("statewire_classify_delay")
                .description("Time from the release's fetch by ingest-service to its statement's publication")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(100))
                .maximumExpectedValue(Duration.ofHours(6)).register(registry);
        this.classifying = Counter.builder("statewire_classify_classification_seconds")
                .description("Time the classifier took over the published statements").baseUnit("seconds")
                .register(registry);
        for (InvalidEventException.Reason reason : InvalidEventException.Reason.values()) {
            deadLetters(reason.label());
        }
        deadLetters(CLASSIFICATION_FAILED);
    }

    /** Counts a batch whose transaction committed at {@code committedAt}. */
    public void committed(PublishedBatch batch, Instant committedAt) {
        statements.increment(batch.statements());
        classifying.increment(batch.classifyingNanos() / 1e9);
        batch.topics().forEach((code, count) -> Counter.builder("statewire_classify_statement_topics")
                .description("Statements published per topic tag").tag("topic", code).register(registry)
                .increment(count));
        batch.deadLetters().forEach((reason, count) -> deadLetters(reason).increment(count));
        for (Instant fetchedAt : batch.fetchTimes()) {
            Duration since = Duration.between(fetchedAt, committedAt);
            delay.record(since.isNegative() ? Duration.ZERO : since);
        }
    }

    private Counter deadLetters(String reason) {
        return Counter.builder("statewire_classify_dead_letters")
                .description("Passage records sent to the dead-letter topic").tag("reason", reason).register(registry);
    }
}
