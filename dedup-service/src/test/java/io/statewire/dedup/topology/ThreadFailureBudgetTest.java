package io.statewire.dedup.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThreadFailureBudgetTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void allowsUpToTheLimitWithinTheWindowThenRefuses() {
        ThreadFailureBudget budget = new ThreadFailureBudget(2, Duration.ofMinutes(10));
        assertThat(budget.allows(T0)).isTrue();
        assertThat(budget.allows(T0.plusSeconds(60))).isTrue();
        assertThat(budget.allows(T0.plusSeconds(120))).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        ThreadFailureBudget budget = new ThreadFailureBudget(2, Duration.ofMinutes(10));
        budget.allows(T0);
        budget.allows(T0.plusSeconds(60));
        assertThat(budget.allows(T0.plus(Duration.ofMinutes(11)))).isTrue();
    }
}
