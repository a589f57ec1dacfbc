package io.statewire.ingest.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.ingest.profile.Profile;
import java.net.URI;
import java.util.List;
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
    void contentHashIgnoresWhitespaceButNotText() {
        assertThat(ContentHash.of(List.of("A  b", " c"))).isEqualTo(ContentHash.of(List.of("A b", "c")))
                .isNotEqualTo(ContentHash.of(List.of("A b c")))
                .matches("sha256:[0-9a-f]{64}");
    }
}
