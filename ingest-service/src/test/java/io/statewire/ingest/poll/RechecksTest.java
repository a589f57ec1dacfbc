package io.statewire.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RechecksTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final URI A = URI.create("https://example.org/a");
    private static final URI B = URI.create("https://example.org/b");
    private static final URI C = URI.create("https://example.org/c");
    private static final URI D = URI.create("https://example.org/d");

    @Test
    void newReleasesComeFirstInDiscoveryOrderThenKnownOnesUpToTheLimit() {
        Rechecks rechecks = new Rechecks(Duration.ofMinutes(5), 1);
        Set<URI> published = Set.of(A, C);

        assertThat(rechecks.plan(List.of(A, B, C, D), published::contains, NOW)).containsExactly(B, D, A);
    }

    @Test
    void aKnownReleaseIsCheckedAgainOnlyOnceItsLastCheckIsOldEnough() {
        Rechecks rechecks = new Rechecks(Duration.ofMinutes(5), 10);
        rechecks.checked(A, NOW.minus(Duration.ofMinutes(4)));
        rechecks.checked(B, NOW.minus(Duration.ofMinutes(5)));

        assertThat(rechecks.plan(List.of(A, B), url -> true, NOW)).containsExactly(B);
        assertThat(rechecks.plan(List.of(A, B), url -> true, NOW.plus(Duration.ofMinutes(1)))).containsExactly(B, A);
    }

    @Test
    void theLeastRecentlyCheckedComeFirstAndNeverCheckedBeforeAll() {
        Rechecks rechecks = new Rechecks(Duration.ZERO, 2);
        rechecks.checked(A, NOW.minusSeconds(10));
        rechecks.checked(B, NOW.minusSeconds(30));
        rechecks.checked(C, NOW.minusSeconds(20));

        assertThat(rechecks.plan(List.of(A, B, C, D), url -> true, NOW)).containsExactly(D, B);
    }

    @Test
    void forgetsReleasesTheSourceNoLongerListsUnlessDiscoveryFoundNothing() {
        Rechecks rechecks = new Rechecks(Duration.ofMinutes(5), 10);
        rechecks.checked(A, NOW);
        rechecks.checked(B, NOW);

        rechecks.retainListed(List.of(B));
        rechecks.retainListed(List.of());

        assertThat(rechecks.plan(List.of(A, B), url -> true, NOW.plusSeconds(60))).containsExactly(A);
    }

    @Test
    void aReleaseThatFailedWaitsTenSecondsThenTwiceAsLongAfterEachFailureInARowUpToHalfAnHour() {
        Rechecks rechecks = Rechecks.everyPoll();
        rechecks.failed(A, NOW);

        assertThat(rechecks.plan(List.of(A, B), url -> false, NOW.plusSeconds(9))).containsExactly(B);
        assertThat(rechecks.plan(List.of(A, B), url -> false, NOW.plusSeconds(10))).containsExactly(A, B);
        rechecks.failed(A, NOW.plusSeconds(10));
        assertThat(rechecks.waitingToRetry(A, NOW.plusSeconds(29))).isTrue();
        assertThat(rechecks.waitingToRetry(A, NOW.plusSeconds(30))).isFalse();
        for (int i = 0; i < 30; i++) {
            rechecks.failed(A, NOW);
        }
        assertThat(rechecks.waitingToRetry(A, NOW.plus(Duration.ofMinutes(30)).minusSeconds(1))).isTrue();
        assertThat(rechecks.waitingToRetry(A, NOW.plus(Duration.ofMinutes(30)))).as("at most half an hour").isFalse();

        rechecks.checked(A, NOW);
        assertThat(rechecks.waitingToRetry(A, NOW)).as("a success ends the wait").isFalse();
        rechecks.failed(A, NOW);
        assertThat(rechecks.waitingToRetry(A, NOW.plusSeconds(10))).as("counting from the start again").isFalse();
    }

    @Test
    void aFailedReleaseTheSourceNoLongerListsIsForgotten() {
        Rechecks rechecks = Rechecks.everyPoll();
        rechecks.failed(A, NOW);

        rechecks.retainListed(List.of(B));

        assertThat(rechecks.waitingToRetry(A, NOW)).isFalse();
    }

    @Test
    void everyPollChecksEveryKnownRelease() {
        Rechecks rechecks = Rechecks.everyPoll();
        rechecks.checked(A, NOW);

        assertThat(rechecks.plan(List.of(A, B), url -> true, NOW)).containsExactly(B, A);
    }

    @Test
    void aPollReChecksAsManyKnownReleasesAsItsIntervalHoldsBesidesTheFeedAtLeastOne() {
        Duration second = Duration.ofSeconds(1);
        assertThat(Rechecks.perPoll(5, Duration.ofMinutes(1), second)).as("room for 59").isEqualTo(5);
        assertThat(Rechecks.perPoll(5, Duration.ofSeconds(4), second)).isEqualTo(3);
        assertThat(Rechecks.perPoll(5, second, second)).as("no spare slot: one all the same").isEqualTo(1);
        assertThat(Rechecks.perPoll(5, second, Duration.ofSeconds(2))).isEqualTo(1);
        assertThat(Rechecks.perPoll(5, second, Duration.ZERO)).as("no host delay").isEqualTo(5);
        assertThat(Rechecks.perPoll(0, Duration.ofMinutes(1), second)).as("re-checks turned off").isZero();
    }

    @Test
    void refusesNegativeSettings() {
        assertThatThrownBy(() -> new Rechecks(Duration.ofSeconds(-1), 1)).hasMessageContaining("recheck-after");
        assertThatThrownBy(() -> new Rechecks(Duration.ZERO, -1)).hasMessageContaining("rechecks-per-poll");
    }
}
