package io.statewire.local.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SampleSiteTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesListFeedAndReleasesAndGrowsOneRelease() throws Exception {
        try (SampleSite site = SampleSite.start(0, Duration.ofMillis(700))) {
            String list = get(site.listUrl());
            assertThat(list).contains("href=\"/press/releases/1002/\"").contains("Press releases");
            String feed = get(site.feedUrl());
            assertThat(feed).contains("<rss version=\"2.0\">").contains(site.baseUrl() + "/press/releases/1001/")
                    .contains("<pubDate>Fri, 20 Nov 2026 11:30:00 +0300</pubDate>");

            String growing = site.baseUrl() + SamplePages.releasePath(SampleSite.GROWING_ID);
            assertThat(get(growing)).contains("To be continued...").doesNotContain("Question:");
            Thread.sleep(900);
            assertThat(get(growing)).doesNotContain("To be continued...").contains("Question: Is there any progress");

            assertThat(http.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + "/press/releases/9/")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void oneReleaseRepeatsItsText() {
        SampleRelease twice = SampleRelease.load("1002", "1002.txt");
        assertThat(twice.paragraphs()).hasSize(6);
        assertThat(twice.paragraphs().subList(0, 3)).isEqualTo(twice.paragraphs().subList(3, 6));
    }

    @Test
    void escapesMarkup() {
        assertThat(SamplePages.escape("<a & \"b\">")).isEqualTo("&lt;a &amp; &quot;b&quot;&gt;");
    }

    private String get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
