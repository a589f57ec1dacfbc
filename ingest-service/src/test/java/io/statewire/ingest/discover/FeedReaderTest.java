package io.statewire.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    @Test
    void readsRss() {
        List<FeedEntry> entries = FeedReader.read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>MFA</title>
                  <item><title>Talks with Pakistan</title><link>https://mid.ru/en/foreign_policy/news/1851133/</link>
                    <pubDate>Sun, 29 Jan 2023 16:05:00 +0300</pubDate></item>
                  <item><title>Relative</title><link>/en/press/2/</link></item>
                </channel></rss>
                """, URI.create("https://mid.ru/en/rss.php"));
        assertThat(entries).extracting(FeedEntry::url).extracting(URI::toString)
                .containsExactly("https://mid.ru/en/foreign_policy/news/1851133/", "https://mid.ru/en/press/2/");
        assertThat(entries.get(0).title()).isEqualTo("Talks with Pakistan");
        assertThat(entries.get(0).publishedAt()).isEqualTo("2023-01-29T16:05+03:00");
        assertThat(entries.get(1).publishedAt()).isNull();
    }

    @Test
    void readsAtom() {
        List<FeedEntry> entries = FeedReader.read("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Press</title>
                  <entry><title>Statement</title><link rel="alternate" href="https://www.gov.uk/government/news/a"/>
                    <published>2026-11-20T10:00:00Z</published></entry>
                </feed>
                """, URI.create("https://www.gov.uk/news.atom"));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.url()).hasToString("https://www.gov.uk/government/news/a");
            assertThat(e.publishedAt()).isEqualTo("2026-11-20T10:00Z");
        });
    }
}
