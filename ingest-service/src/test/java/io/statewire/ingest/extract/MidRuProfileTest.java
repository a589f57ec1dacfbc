package io.statewire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.ingest.fetch.BotChallenge;
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

/** The mid-ru profile on fixture pages written after the site's two article layouts and its news list. */
class MidRuProfileTest {

    private static final Profile MID_RU = Profiles.bundled().get("mid-ru");

    @Test
    void englishArticleWithItsTextTwice() throws IOException {
        Document page = fixture("mid-ru/article-en.html", "https://mid.ru/en/foreign_policy/news/1851133/");
        ExtractedArticle article = ArticleExtractor.extract(MID_RU, page);
        assertThat(article.title()).isEqualTo("Foreign Minister Sergey Lavrov’s talks with Minister of Foreign Affairs "
                + "of Pakistan Bilawal Bhutto Zardari");
        assertThat(article.docNumber()).isEqualTo("230-29-01-2023");
        assertThat(article.publishedAt()).isEqualTo("2023-01-29T16:05+03:00");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.tags()).containsExactly("Pakistan", "Afghanistan");
        assertThat(article.paragraphs()).hasSize(6);
        assertThat(article.paragraphs().subList(0, 3)).isEqualTo(article.paragraphs().subList(3, 6));
        assertThat(article.paragraphs()).noneMatch(p -> p.contains("Share") || p.contains("©"));
        assertThat(ReleaseIds.of(MID_RU, "mid-ru-en", URI.create("https://mid.ru/en/foreign_policy/news/1851133/")))
                .isEqualTo("mid.ru:1851133");
    }

    @Test
    void russianArticleInTheSecondLayout() throws IOException {
        Document page = fixture("mid-ru/article-ru.html", "https://mid.ru/ru/foreign_policy/news/1851500/");
        ExtractedArticle article = ArticleExtractor.extract(MID_RU, page);
        assertThat(article.title()).startsWith("Брифинг официального представителя МИД России");
        assertThat(article.docNumber()).isEqualTo("265-31-01-2023");
        assertThat(article.publishedAt()).isEqualTo("2023-01-31T12:30+03:00");
        assertThat(article.language()).isEqualTo("ru");
        assertThat(article.paragraphs()).hasSize(4).startsWith(
                "О предстоящих переговорах Министра иностранных дел Российской Федерации С.В.Лаврова с Министром "
                        + "иностранных дел Пакистана.");
    }

    @Test
    void newsListLinksToReleases() throws IOException {
        Document page = fixture("mid-ru/list-en.html", "https://mid.ru/en/foreign_policy/news/");
        assertThat(MID_RU.listLinks()).isNotEmpty();
        assertThat(page.select(MID_RU.listLinks().get(0)).eachAttr("abs:href")).containsExactly(
                "https://mid.ru/en/foreign_policy/news/1851133/",
                "https://mid.ru/en/foreign_policy/news/1851090/?lang=en");
    }

    @Test
    void botChallengeIsRecognisedAndArticlesAreNot() throws IOException {
        assertThat(BotChallenge.isChallenge(text("challenge.html"))).isTrue();
        assertThat(BotChallenge.isChallenge(text("mid-ru/article-en.html"))).isFalse();
        assertThat(BotChallenge.isChallenge(text("mid-ru/article-ru.html"))).isFalse();
    }

    private static Document fixture(String name, String url) throws IOException {
        return Jsoup.parse(text(name), url);
    }

    private static String text(String name) throws IOException {
        try (InputStream in = MidRuProfileTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
