package io.statewire.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOverOneHundredValues() {
        List<Duration> values = IntStream.rangeClosed(1, 100).map(i -> 101 - i).mapToObj(Duration::ofMillis).toList();
        Percentiles p = Percentiles.of(values);

        assertThat(p.at(50)).isEqualTo(Duration.ofMillis(50));
        assertThat(p.at(99)).isEqualTo(Duration.ofMillis(99));
        assertThat(p.max()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void fewValuesTakeTheNextOneUp() {
        Percentiles p = Percentiles.of(List.of(Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(2)));

        assertThat(p.at(50)).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.at(95)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void refusesNoValues() {
        assertThatThrownBy(() -> Percentiles.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
