package io.statewire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HostGateTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final HostGate gate = new HostGate(now::get);

    @Test
    void spacesRequestsToOneHostButNotAcrossHosts() throws Exception {
        assertThat(gate.reserve("a.org", Duration.ofSeconds(1))).isZero();
        assertThat(gate.reserve("a.org", Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
        assertThat(gate.reserve("a.org", Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(2));
        assertThat(gate.reserve("b.org", Duration.ofSeconds(1))).isZero();
    }

    @Test
    void refusesWhileAHostAskedToWait() throws Exception {
        gate.failed("a.org", Duration.ofSeconds(30));
        assertThatThrownBy(() -> gate.reserve("a.org", Duration.ofSeconds(1))).isInstanceOf(RetryLaterException.class)
                .hasMessageContaining("another 30 s");
        now.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(gate.reserve("a.org", Duration.ofSeconds(1))).isZero();
    }

    @Test
    void aRetryAfterOfZeroDoesNotShortenTheBackOff() throws Exception {
        for (int failure = 1; failure <= 4; failure++) {
            gate.failed("a.org", Duration.ZERO);
            long full = HostGate.FIRST_BACKOFF.toNanos() << (failure - 1);
            now.addAndGet(full / 2 - 1);
            assertThatThrownBy(() -> gate.reserve("a.org", Duration.ZERO)).isInstanceOf(RetryLaterException.class);
            now.addAndGet(full / 2 + 2);
            assertThat(gate.reserve("a.org", Duration.ZERO)).isZero();
        }
    }

    @Test
    void aRetryAfterBeyondAnHourCountsAsAnHour() throws Exception {
        gate.failed("a.org", Duration.ofSeconds(999_999_999));
        now.addAndGet(HostGate.MAX_RETRY_AFTER.toNanos() - 1);
        assertThatThrownBy(() -> gate.reserve("a.org", Duration.ZERO)).isInstanceOf(RetryLaterException.class);
        now.addAndGet(2);
        assertThat(gate.reserve("a.org", Duration.ZERO)).isZero();
    }

    @Test
    void backsOffLongerAfterEachFailureWithJitterAndForgetsOnSuccess() throws Exception {
        for (int failure = 1; failure <= 3; failure++) {
            gate.failed("a.org");
            long full = HostGate.FIRST_BACKOFF.toNanos() << (failure - 1);
            now.addAndGet(full / 2 - 1);
            assertThatThrownBy(() -> gate.reserve("a.org", Duration.ZERO)).isInstanceOf(RetryLaterException.class);
            now.addAndGet(full / 2 + 2);
            assertThat(gate.reserve("a.org", Duration.ZERO)).isZero();
        }
        gate.succeeded("a.org");
        gate.failed("a.org");
        now.addAndGet(HostGate.FIRST_BACKOFF.toNanos() + 1);
        assertThat(gate.reserve("a.org", Duration.ZERO)).isZero();
    }

    @Test
    void readsRetryAfterInBothForms() {
        Instant at = Instant.parse("2026-11-27T10:00:00Z");
        assertThat(RetryAfter.parse("120", at)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Fri, 27 Nov 2026 10:01:30 GMT", at)).isEqualTo(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Fri, 27 Nov 2026 09:00:00 GMT", at)).isZero();
        assertThat(RetryAfter.parse("soon", at)).isNull();
    }
}
