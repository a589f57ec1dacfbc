package io.statewire.local.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class PressRoomTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void feedListsTheNewestReleasesAndEveryPageStaysOnline() throws Exception {
        try (PressRoom room = PressRoom.start("127.0.0.1")) {
            int total = PressRoom.FEED_SIZE + 10;
            for (int i = 1; i <= total; i++) {
                room.publish(new SampleRelease(String.valueOf(5000 + i), "Release " + i, "2026-11-27T12:00:00+03:00",
                        List.of("test"), List.of("Paragraph of release " + i + ".")));
            }
            String feed = get(room.feedUrl()).body();

            assertThat(feed.split("<item>", -1)).hasSize(PressRoom.FEED_SIZE + 1);
            assertThat(feed.indexOf(SamplePages.releasePath("5060"))).isPositive()
                    .isLessThan(feed.indexOf(SamplePages.releasePath("5059")));
            assertThat(feed).contains(SamplePages.releasePath("5011")).doesNotContain(SamplePages.releasePath("5010"));
            HttpResponse<String> oldest = get(room.baseUrl() + SamplePages.releasePath("5001"));
            assertThat(oldest.statusCode()).isEqualTo(200);
            assertThat(oldest.body()).contains("Paragraph of release 1.");
        }
    }

    @Test
    void aFullTextFeedCarriesEachReleasesParagraphsEscapedInOrder() throws Exception {
        SampleRelease release = new SampleRelease("6001", "Talks & results", "2026-11-27T12:00:00+03:00",
                List.of("test"),
                List.of("First <paragraph> & more.", "A CDATA end ]]> inside.", "First <paragraph> & more."));
        try (PressRoom full = PressRoom.start("127.0.0.1", FeedContent.FULL);
                PressRoom summary = PressRoom.start("127.0.0.1")) {
            full.publish(release);
            summary.publish(release);

            String feed = get(full.feedUrl()).body();

            assertThat(feed)
                    .contains("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">")
                    .contains("<content:encoded><![CDATA[<p>First &lt;paragraph&gt; &amp; more.</p>"
                            + "<p>A CDATA end ]]&gt; inside.</p><p>First &lt;paragraph&gt; &amp; more.</p>"
                            + "]]></content:encoded>");
            assertThat(feed.split("]]>", -1)).as("the only CDATA end is the section's own").hasSize(2);
            assertThat(feed).contains("<title>Talks &amp; results</title>").contains("<category>test</category>");
            assertThat(get(summary.feedUrl()).body()).contains("<rss version=\"2.0\">")
                    .contains(SamplePages.releasePath("6001")).doesNotContain("content:encoded")
                    .doesNotContain("<category>");
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
