package io.statewire.ingest.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statewire.ingest.state.ReleaseState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReleaseTrackerTest {

    private static final Instant T0 = Instant.parse("2026-11-27T12:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void publishesNewAndChangedContentOnly() {
        var tracker = new ReleaseTracker();
        assertThat(tracker.nextRevision("r", "h1")).isEqualTo(OptionalInt.of(1));
        tracker.published(state("r", "a", "https://x.org/r", 1, "h1", "\"v1\"", T0), T0);
        assertThat(tracker.nextRevision("r", "h1")).isEmpty();
        assertThat(tracker.nextRevision("r", "h2")).isEqualTo(OptionalInt.of(2));
        assertThat(tracker.atUrl("https://x.org/r")).get().extracting(ReleaseState::etag).isEqualTo("\"v1\"");
    }

    @Test
    void restoredFromStateKeepsCounting() {
        var tracker = new ReleaseTracker();
        tracker.restore(List.of(state("r", "a", "https://x.org/r", 3, "h3", null, T0),
                state("r", "a", "https://x.org/r", 2, "h2", null, T0)), T0);
        assertThat(tracker.nextRevision("r", "h3")).isEmpty();
        assertThat(tracker.nextRevision("r", "h4")).isEqualTo(OptionalInt.of(4));
    }

    @Test
    void aReleaseExpiresOnceNeitherPublishedNorNamedForTheRetention() {
        var tracker = new ReleaseTracker(DAY);
        ReleaseState named = publish(tracker, "named", "a", "https://x.org/named", 1, "h");
        ReleaseState quiet = publish(tracker, "quiet", "a", "https://x.org/quiet", 1, "h");

        tracker.named("https://x.org/named", T0.plus(Duration.ofHours(20)));

        assertThat(tracker.expired("a", T0.plus(DAY))).as("exactly one retention: not yet").isEmpty();
        assertThat(tracker.expired("a", T0.plus(DAY).plusSeconds(1))).containsExactly(quiet);
        assertThat(tracker.expired("a", T0.plus(Duration.ofHours(44)).plusSeconds(1)))
                .containsExactlyInAnyOrder(named, quiet);
    }

    @Test
    void onlyTheReleasesOfTheSourceAskedAboutExpire() {
        var tracker = new ReleaseTracker(DAY);
        ReleaseState ofA = publish(tracker, "ra", "a", "https://x.org/ra", 1, "h");
        publish(tracker, "rb", "b", "https://x.org/rb", 1, "h");

        assertThat(tracker.expired("a", T0.plus(DAY.multipliedBy(2)))).containsExactly(ofA);
    }

    @Test
    void aForgottenReleaseIsNewAgainAndItsUrlsUnknown() {
        var tracker = new ReleaseTracker(DAY);
        publish(tracker, "r", "a", "https://x.org/old-address", 1, "h1");
        ReleaseState second = publish(tracker, "r", "a", "https://x.org/r", 2, "h2");

        assertThat(tracker.size()).isEqualTo(1);

        tracker.forget(List.of(second));

        assertThat(tracker.size()).isZero();
        assertThat(tracker.nextRevision("r", "h2")).isEqualTo(OptionalInt.of(1));
        assertThat(tracker.atUrl("https://x.org/r")).isEmpty();
        assertThat(tracker.atUrl("https://x.org/old-address")).isEmpty();
        assertThat(tracker.expired("a", T0.plus(DAY.multipliedBy(2)))).isEmpty();
    }

    @Test
    void aRestoredStateCountsFromItsFetchTimeAndOneWrittenBeforeItHadOneNeverExpires() {
        var tracker = new ReleaseTracker(DAY);
        ReleaseState dated = state("dated", "a", "https://x.org/dated", 1, "h", null, T0);
        tracker.restore(List.of(dated, new ReleaseState("legacy", null, "https://x.org/legacy", 1, "h", null, null,
                null)), T0.plus(DAY.multipliedBy(3)));

        assertThat(tracker.expired("a", T0.plus(DAY.multipliedBy(3)))).containsExactly(dated);
        assertThat(tracker.atUrl("https://x.org/legacy")).isPresent();
    }

    @Test
    void refusesARetentionThatIsNotPositive() {
        assertThatThrownBy(() -> new ReleaseTracker(Duration.ZERO)).hasMessageContaining("release-retention");
    }

    /** A state fetched at {@code T0}, published at {@code T0}. */
    private static ReleaseState publish(ReleaseTracker tracker, String id, String source, String url, int revision,
            String hash) {
        ReleaseState state = state(id, source, url, revision, hash, null, T0);
        tracker.published(state, T0);
        return state;
    }

    private static ReleaseState state(String id, String source, String url, int revision, String hash, String etag,
            Instant fetchedAt) {
        return new ReleaseState(id, source, url, revision, hash, etag, null, fetchedAt.toString());
    }
}
