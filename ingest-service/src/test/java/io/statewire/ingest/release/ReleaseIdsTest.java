package io.statewire.ingest.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.ingest.profile.Profile;
import io.statewire.ingest.state.ReleaseState;
import java.net.URI;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReleaseIdsTest {

    private static final Profile NUMBERED = new Profile("numbered", "mid.ru", "/(\\d+)$", null, null, List.of(), null,
            null, null, List.of(), List.of(), List.of(), List.of(), List.of());
    private static final Profile PLAIN = new Profile("plain", null, null, null, null, List.of(), null, null, null,
            List.of(), List.of(), List.of(), List.of(), List.of());

    @Test
    void oneReleaseReachedSeveralWaysHasOneId() {
        String a = ReleaseIds.of(NUMBERED, "src", URI.create("https://mid.ru/en/foreign_policy/news/1851133/"));
        String b = ReleaseIds.of(NUMBERED, "src", URI.create("https://www.MID.ru:443/en/foreign_policy/news/1851133#top"));
        assertThat(a).isEqualTo("mid.ru:1851133").isEqualTo(b);
    }

    @Test
    void withoutPatternTheNormalisedUrlIsTheId() {
        assertThat(ReleaseIds.of(PLAIN, "gov-uk", URI.create("https://www.gov.uk/government/news/talks/?")))
                .isEqualTo("gov-uk:gov.uk/government/news/talks");
    }

    @Test
    void trackerPublishesNewAndChangedContentOnly() {
        var tracker = new ReleaseTracker();
        assertThat(tracker.nextRevision("r", "h1")).isEqualTo(OptionalInt.of(1));
        tracker.published(new ReleaseState("r", "https://x.org/r", 1, "h1", "\"v1\"", null));
        assertThat(tracker.nextRevision("r", "h1")).isEmpty();
        assertThat(tracker.nextRevision("r", "h2")).isEqualTo(OptionalInt.of(2));
        assertThat(tracker.atUrl("https://x.org/r")).get().extracting(ReleaseState::etag).isEqualTo("\"v1\"");
    }

    @Test
    void trackerRestoredFromStateKeepsCounting() {
        var tracker = new ReleaseTracker();
        tracker.restore(List.of(new ReleaseState("r", "https://x.org/r", 3, "h3", null, null),
                new ReleaseState("r", "https://x.org/r", 2, "h2", null, null)));
        assertThat(tracker.nextRevision("r", "h3")).isEmpty();
        assertThat(tracker.nextRevision("r", "h4")).isEqualTo(OptionalInt.of(4));
    }

    @Test
    void contentHashIgnoresWhitespaceButNotText() {
        assertThat(ContentHash.of(List.of("A  b", " c"))).isEqualTo(ContentHash.of(List.of("A b", "c")))
                .isNotEqualTo(ContentHash.of(List.of("A b c")))
                .matches("sha256:[0-9a-f]{64}");
    }
}
