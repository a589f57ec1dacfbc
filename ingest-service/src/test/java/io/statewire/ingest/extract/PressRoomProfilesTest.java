package io.statewire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.ingest.profile.Profile;
import io.statewire.ingest.profile.Profiles;
import io.statewire.ingest.release.ReleaseIds;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The kremlin-ru and gov-uk profiles on fixture pages written after those press rooms' public pages. */
class PressRoomProfilesTest {

    @Test
    void kremlinTranscript() throws IOException {
        Profile kremlin = Profiles.bundled().get("kremlin-ru");
        String url = "http://en.kremlin.ru/events/president/transcripts/70402";
        ExtractedArticle article = ArticleExtractor.extract(kremlin, fixture("kremlin-ru/transcript-en.html", url));
        assertThat(article.title()).isEqualTo("Meeting with Government members");
        assertThat(article.publishedAt()).isEqualTo("2023-01-25");
        assertThat(article.tags()).containsExactly("Transport", "Industry");
        assertThat(article.paragraphs()).hasSize(3).first().asString().startsWith("President of Russia Vladimir Putin:");
        assertThat(article.paragraphs()).noneMatch(p -> p.contains("Publication status") || p.contains("Creative Commons"));
        assertThat(ReleaseIds.of(kremlin, "kremlin-en", URI.create(url))).isEqualTo("kremlin.ru:70402");
    }

    @Test
    void govUkPressRelease() throws IOException {
        Profile govUk = Profiles.bundled().get("gov-uk");
        String url = "https://www.gov.uk/government/news/foreign-secretary-statement-on-the-situation-in-the-middle-east";
        ExtractedArticle article = ArticleExtractor.extract(govUk, fixture("gov-uk/press-release.html", url));
        assertThat(article.title()).isEqualTo("Foreign Secretary statement on the situation in the Middle East");
        assertThat(article.publishedAt()).isEqualTo("2024-10-02T09:30+01:00");
        assertThat(article.tags()).containsExactly("Foreign, Commonwealth & Development Office");
        assertThat(article.paragraphs()).hasSize(3).noneMatch(p -> p.contains("Share this page"));
        assertThat(ReleaseIds.of(govUk, "gov-uk", URI.create(url)))
                .isEqualTo("gov.uk:gov.uk/government/news/foreign-secretary-statement-on-the-situation-in-the-middle-east");
    }

    @Test
    void everyBundledProfileLoads() {
        Profiles profiles = Profiles.bundled();
        for (String name : Profiles.BUNDLED) {
            assertThat(profiles.get(name).paragraphs()).as(name).isNotEmpty();
            assertThat(profiles.get(name).title()).as(name).isNotEmpty();
        }
    }

    private static Document fixture(String name, String url) throws IOException {
        try (InputStream in = PressRoomProfilesTest.class.getResourceAsStream("/fixtures/" + name)) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url);
        }
    }
}
