package io.statewire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.ingest.profile.Profiles;
import io.statewire.local.sample.SamplePages;
import io.statewire.local.sample.SampleRelease;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleExtractorTest {

    @Test
    void genericProfileReadsSemanticPageWithoutChrome() {
        var page = Jsoup.parse("""
                <html lang="en"><head><title>The real title of the statement - Example Ministry</title>
                <meta property="article:published_time" content="2026-11-20T11:30:00+03:00">
                <meta property="article:tag" content="Energy"><meta property="article:tag" content="Kazakhstan"></head>
                <body><header><nav><p>Home · Press</p></nav></header>
                <main><article><h1>The real title of the statement</h1>
                  <p>First paragraph.</p><p>  </p><p>Second <b>paragraph</b>.</p><p>First paragraph.</p>
                  <aside class="share"><p>Share this</p></aside></article></main>
                <footer><p>Copyright</p></footer></body></html>
                """, "https://example.org/press/1");
        ExtractedArticle article = ArticleExtractor.extract(Profiles.bundled().get("generic"), page);
        assertThat(article.title()).isEqualTo("The real title of the statement");
        assertThat(article.publishedAt()).isEqualTo("2026-11-20T11:30+03:00");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.tags()).containsExactly("Energy", "Kazakhstan");
        assertThat(article.paragraphs()).containsExactly("First paragraph.", "Second paragraph.", "First paragraph.");
    }

    @Test
    void aGalleryOfPicturesStaysWhileABlockOfLinkedPicturesGoes() {
        String paragraph = "The ministers reviewed the implementation of the agreements reached at the summit, "
                + "discussed the schedule of consultations for the coming year and agreed on further steps.";
        String figure = "<li><figure><img src=\"signing.jpg\"><figcaption>Caption %d of the signing</figcaption>"
                + "</figure></li>";
        String teaser = "<figure><a href=\"/press/%d\"><img src=\"t%d.jpg\"></a><figcaption>Credit Agency %d"
                + "</figcaption></figure>";
        var page = Jsoup.parse("<html><head><title>Talks in Astana</title></head><body><article>"
                + "<h1>Talks in Astana</h1><p>" + paragraph + "</p><p>" + paragraph + "</p>"
                + "<ul>" + String.format(figure, 1) + String.format(figure, 2) + String.format(figure, 3) + "</ul>"
                + "<p>" + paragraph + "</p>"
                + "<div>" + String.format(teaser, 1, 1, 1) + String.format(teaser, 2, 2, 2)
                + String.format(teaser, 3, 3, 3) + "<p>More from the press room</p></div>"
                + "</article></body></html>", "https://example.org/press/2");
        List<String> paragraphs = ArticleExtractor.extract(Profiles.bundled().get("generic"), page).paragraphs();
        assertThat(paragraphs).contains("Caption 1 of the signing", "Caption 3 of the signing");
        assertThat(String.join(" ", paragraphs)).doesNotContain("Credit Agency", "More from the press room");
    }

    @Test
    void fallsBackToBodyParagraphsAndTitleElement() {
        var page = Jsoup.parse("<html><head><title>Talks on energy cooperation with Kazakhstan | Ministry of Energy</title></head>"
                + "<body><p>Text.</p><footer><p>Footer</p></footer></body></html>");
        ExtractedArticle article = ArticleExtractor.extract(Profiles.bundled().get("rss"), page);
        assertThat(article.title()).isEqualTo("Talks on energy cooperation with Kazakhstan");
        assertThat(article.paragraphs()).containsExactly("Text.");
        assertThat(article.publishedAt()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1001", "1002", "1003", "1004", "1005", "1005.continued", "1006"})
    void rssProfileReadsEverySampleReleaseWithoutItsChrome(String file) {
        SampleRelease release = SampleRelease.load(file, file + ".txt");
        ExtractedArticle article = ArticleExtractor.extract(Profiles.bundled().get("rss"),
                Jsoup.parse(SamplePages.articlePage(release), "http://127.0.0.1:8090/press/releases/" + file + "/"));
        assertThat(article.title()).isEqualTo(release.title());
        assertThat(article.tags()).isEqualTo(release.tags());
        assertThat(article.paragraphs()).isEqualTo(release.paragraphs());
    }

    @Test
    void shortReleaseStaysFreeOfChrome() {
        SampleRelease release = new SampleRelease("7", "Statement on the earthquake in Westland",
                "2026-11-21T09:00:00+03:00", List.of("Westland"),
                List.of("We offer our condolences to the people of Westland.", "Help is ready if asked for."));
        ExtractedArticle article = ArticleExtractor.extract(Profiles.bundled().get("rss"),
                Jsoup.parse(SamplePages.articlePage(release), "http://127.0.0.1:8090/press/releases/7/"));
        assertThat(article.paragraphs()).isEqualTo(release.paragraphs());
    }
}
