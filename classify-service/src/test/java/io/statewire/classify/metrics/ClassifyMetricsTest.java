package io.statewire.classify.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClassifyMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ClassifyMetrics metrics = new ClassifyMetrics(registry);

    @Test
    void countsACommittedBatch() {
        Instant committed = Instant.parse("2026-11-27T08:00:10Z");
        var batch = new PublishedBatch();
        batch.statement(List.of("terrorism", "multilateral-diplomacy"), Optional.of(committed.minusSeconds(4)));
        batch.statement(List.of("terrorism"), Optional.empty());
        batch.statement(List.of(), Optional.of(committed.minusSeconds(2)));
        batch.deadLetter("malformed-json");
        batch.deadLetter(ClassifyMetrics.CLASSIFICATION_FAILED);
        batch.classified(1_500_000);
        batch.classified(2_500_000);

        metrics.committed(batch, committed);
        metrics.committed(new PublishedBatch(), committed);

        assertThat(registry.get("statewire_classify_statements").counter().count()).isEqualTo(3);
        assertThat(registry.get("statewire_classify_statement_topics").tag("topic", "terrorism").counter().count())
                .isEqualTo(2);
        assertThat(registry.get("statewire_classify_statement_topics").tag("topic", "multilateral-diplomacy")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("statewire_classify_dead_letters").tag("reason", "malformed-json").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("statewire_classify_dead_letters").tag("reason", "classification-failed").counter()
                .count()).isEqualTo(1);
        assertThat(registry.get("statewire_classify_classification_seconds").counter().count()).isEqualTo(0.004);
        var delay = registry.get("statewire_classify_delay").timer();
        assertThat(delay.count()).as("statements whose passage carried the fetch time").isEqualTo(2);
        assertThat(delay.totalTime(TimeUnit.SECONDS)).isEqualTo(6);
        assertThat(delay.max(TimeUnit.SECONDS)).isEqualTo(4);
    }

    @Test
    void deadLetterReasonsStartAtZeroAndAFetchAfterTheCommitIsNoDelay() {
        assertThat(registry.get("statewire_classify_dead_letters").tag("reason", "wrong-schema").counter().count())
                .isZero();
        Instant committed = Instant.parse("2026-11-27T08:00:10Z");
        var batch = new PublishedBatch();
        batch.statement(List.of(), Optional.of(committed.plusSeconds(3)));
        metrics.committed(batch, committed);
        var delay = registry.get("statewire_classify_delay").timer();
        assertThat(delay.count()).isEqualTo(1);
        assertThat(delay.totalTime(TimeUnit.SECONDS)).isZero();
    }
}
