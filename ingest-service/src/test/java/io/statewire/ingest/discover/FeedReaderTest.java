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

    @Test
    void readsTheFullTextOfRssContentEncodedWhateverItsPrefix() {
        List<FeedEntry> entries = FeedReader.read("""
                <rss version="2.0" xmlns:full="http://purl.org/rss/1.0/modules/content/"><channel>
                  <item><title>Talks</title><link>https://mid.ru/en/1/</link>
                    <description>A teaser only.</description>
                    <category>Pakistan</category><category> Terrorism </category><category>Pakistan</category>
                    <full:encoded><![CDATA[<p>First &amp; foremost.</p><p>Second.</p>]]></full:encoded></item>
                  <item><title>Escaped</title><link>https://mid.ru/en/2/</link>
                    <full:encoded>&lt;p&gt;Escaped &amp;amp; decoded.&lt;/p&gt;</full:encoded></item>
                </channel></rss>
                """, URI.create("https://mid.ru/en/rss.php"));
        assertThat(entries).extracting(FeedEntry::content)
                .containsExactly("<p>First &amp; foremost.</p><p>Second.</p>", "<p>Escaped &amp; decoded.</p>");
        assertThat(entries.get(0).categories()).containsExactly("Pakistan", "Terrorism");
        assertThat(entries.get(1).categories()).isEmpty();
    }

    @Test
    void readsTheFullTextOfAtomHtmlAndXhtmlContent() {
        List<FeedEntry> entries = FeedReader.read("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Press</title>
                  <entry><title>Html</title><link href="https://www.gov.uk/a"/><summary>Teaser.</summary>
                    <category term="Defence"/>
                    <content type="html">&lt;p&gt;One &amp;amp; two.&lt;/p&gt;</content></entry>
                  <entry><title>Xhtml</title><link href="https://www.gov.uk/b"/>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Three.</p><p>Four.</p></div></content></entry>
                  <entry><title>Text</title><link href="https://www.gov.uk/c"/><content type="text">Plain.</content></entry>
                  <entry><title>Untyped</title><link href="https://www.gov.uk/d"/><content>Plain too.</content></entry>
                </feed>
                """, URI.create("https://www.gov.uk/news.atom"));
        assertThat(entries).hasSize(4);
        assertThat(entries.get(0).content()).isEqualTo("<p>One &amp; two.</p>");
        assertThat(entries.get(0).categories()).containsExactly("Defence");
        assertThat(entries.get(1).content()).contains("<p>Three.</p><p>Four.</p>");
        assertThat(entries.get(2).content()).as("text content is not HTML").isNull();
        assertThat(entries.get(3).content()).as("content without a type is text").isNull();
    }

    @Test
    void aFeedWithOnlyDescriptionsOrSummariesHasNoContent() {
        List<FeedEntry> rss = FeedReader.read("""
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                  <item><title>T</title><link>https://x.org/1</link><description>&lt;p&gt;Teaser&lt;/p&gt;</description></item>
                </channel></rss>
                """, URI.create("https://x.org/rss"));
        List<FeedEntry> atom = FeedReader.read("""
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><link href="https://x.org/2"/>
                  <summary type="html">&lt;p&gt;Teaser&lt;/p&gt;</summary></entry></feed>
                """, URI.create("https://x.org/atom"));
        assertThat(rss).singleElement().extracting(FeedEntry::content).isNull();
        assertThat(atom).singleElement().extracting(FeedEntry::content).isNull();
    }
}
