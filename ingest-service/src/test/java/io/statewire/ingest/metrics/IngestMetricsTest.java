package io.statewire.ingest.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.statewire.ingest.poll.PollResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final IngestMetrics metrics = new IngestMetrics(registry);

    private double gauge(String name, String source) {
        var gauge = registry.find(name).tags("source", source).gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }

    @Test
    void aSourceHandedOverLeavesNoGaugeForAnAlertToRead() {
        metrics.watching("a", Duration.ofMinutes(5));
        metrics.watching("b", Duration.ofMinutes(1));
        metrics.polled(new PollResult("a", 1, 1, 0, 0, 0, 0, List.of()), Instant.ofEpochSecond(1000));
        metrics.polled(new PollResult("b", 1, 1, 0, 0, 0, 0, List.of()), Instant.ofEpochSecond(2000));

        metrics.notWatching("a");

        assertThat(gauge("statewire_ingest_poll_interval_seconds", "a")).isNaN();
        assertThat(gauge("statewire_ingest_last_successful_poll_seconds", "a")).isNaN();
        assertThat(gauge("statewire_ingest_poll_interval_seconds", "b")).isEqualTo(60.0);
        assertThat(gauge("statewire_ingest_last_successful_poll_seconds", "b")).isEqualTo(2000.0);
        assertThat(registry.find("statewire_ingest_releases_published").tags("source", "a").counters())
                .as("counters stay").isNotEmpty();

        // taken back later: reported again
        metrics.watching("a", Duration.ofMinutes(5));
        metrics.polled(new PollResult("a", 1, 0, 0, 1, 0, 0, List.of()), Instant.ofEpochSecond(3000));
        assertThat(gauge("statewire_ingest_poll_interval_seconds", "a")).isEqualTo(300.0);
        assertThat(gauge("statewire_ingest_last_successful_poll_seconds", "a")).isEqualTo(3000.0);
    }
}
