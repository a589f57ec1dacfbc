package io.statewire.ingest.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.contracts.PressRelease;
import io.statewire.ingest.discover.FeedEntry;
import io.statewire.ingest.discover.FeedReader;
import io.statewire.ingest.profile.Profile;
import io.statewire.ingest.profile.Profiles;
import io.statewire.ingest.source.FeedContent;
import io.statewire.ingest.source.SourceDefinition;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedEntryReleaseTest {

    private static final Profile MID_RU = Profiles.bundled().get("mid-ru");
    private static final Profile RSS = Profiles.bundled().get("rss");

    @Test
    void paragraphsComeInTheContentsOrderRepeatsIncludedWithoutChrome() {
        FeedEntry entry = rssEntry("Talks with Pakistan", """
                <nav><a href="/">Home</a> · <a href="/press/">Press</a></nav>
                <h1>Talks with Pakistan</h1>
                <p>We strongly condemn the attack.</p>
                <p>Our condolences to the families.</p>
                <script>track('release');</script>
                <ul><li>First point.</li><li>Second point.</li></ul>
                <p>We strongly condemn the attack.</p>
                <p>Our condolences to the families.</p>
                Loose closing words.<br><br>A last line
                <footer><p>Materials may be reused with a link.</p></footer>
                <div class="share"><a href="#">Share</a></div>
                """);

        FeedEntryRelease built = FeedEntryRelease.from(source("en"), MID_RU, entry).orElseThrow();

        assertThat(built.paragraphs()).containsExactly("We strongly condemn the attack.",
                "Our condolences to the families.", "First point.", "Second point.", "We strongly condemn the attack.",
                "Our condolences to the families.", "Loose closing words.", "A last line");
    }

    @Test
    void titleDateUrlAndReleaseIdAreThoseOfTheEntryAsAPageFetchWouldGiveThem() {
        FeedEntry entry = rssEntry("Talks with Pakistan", "<p>Foreign Minister held talks.</p>"
                + "<p class=\"article-line__note article-line__note_small\">230-29-01-2023</p>");

        FeedEntryRelease built = FeedEntryRelease.from(source("en"), MID_RU, entry).orElseThrow();
        PressRelease release = built.release(2, Instant.parse("2026-11-27T08:00:00.123456Z"));

        assertThat(release.releaseId()).isEqualTo("mid.ru:1851133")
                .isEqualTo(ReleaseIds.of(MID_RU, "mid-ru-en", URI.create(entry.url().toString())));
        assertThat(release.url()).isEqualTo("https://mid.ru/en/foreign_policy/news/1851133");
        assertThat(release.title()).isEqualTo("Talks with Pakistan");
        assertThat(release.publishedAt()).isEqualTo("2023-01-29T16:05+03:00");
        assertThat(release.revision()).isEqualTo(2);
        assertThat(release.source()).isEqualTo("mid-ru-en");
        assertThat(release.language()).isEqualTo("en");
        assertThat(release.tags()).containsExactly("Pakistan");
        assertThat(release.docNumber()).as("found with the profile's doc-number selectors").isEqualTo("230-29-01-2023");
        assertThat(release.contentHash()).isEqualTo(ContentHash.of(release.paragraphs()));
        assertThat(release.fetchedAt()).isEqualTo("2026-11-27T08:00:00.123Z");
    }

    @Test
    void withoutAProfilePatternTheIdIsTheNormalisedUrlAndWithoutALanguageItIsGuessed() {
        FeedEntry entry = new FeedEntry(URI.create("https://www.press.example/releases/7/?"), null, null,
                "<p>Министр иностранных дел провёл переговоры.</p>", List.of());

        FeedEntryRelease built = FeedEntryRelease.from(source(null), RSS, entry).orElseThrow();

        assertThat(built.releaseId()).isEqualTo("mid-ru-en:press.example/releases/7");
        assertThat(built.url()).isEqualTo("https://press.example/releases/7");
        assertThat(built.title()).as("no title: the link").isEqualTo("https://www.press.example/releases/7/?");
        assertThat(built.publishedAt()).isNull();
        assertThat(built.docNumber()).isNull();
        assertThat(built.language()).isEqualTo("ru");
    }

    @Test
    void anEditedContentHasAnotherHashAndTheSameContentTheSame() {
        FeedEntry entry = rssEntry("T", "<p>One.</p><p>Two.</p>");
        FeedEntry same = rssEntry("T", "<div><p>One.</p>\n  <p>Two.</p></div>");
        FeedEntry edited = rssEntry("T", "<p>One.</p><p>Two, and more.</p>");
        String hash = FeedEntryRelease.from(source("en"), MID_RU, entry).orElseThrow().contentHash();
        assertThat(FeedEntryRelease.from(source("en"), MID_RU, same).orElseThrow().contentHash()).isEqualTo(hash);
        assertThat(FeedEntryRelease.from(source("en"), MID_RU, edited).orElseThrow().contentHash()).isNotEqualTo(hash);
    }

    @Test
    void anEntryWithoutContentOrWithoutTextIsNoRelease() {
        FeedEntry bare = new FeedEntry(URI.create("https://mid.ru/en/1/"), "T", null);
        assertThat(FeedEntryRelease.from(source("en"), MID_RU, bare)).isEmpty();
        FeedEntry empty = new FeedEntry(URI.create("https://mid.ru/en/1/"), "T", null, "<p> </p><script>x()</script>",
                List.of());
        assertThat(FeedEntryRelease.from(source("en"), MID_RU, empty)).isEmpty();
    }

    /** The first entry of an RSS feed with this title and content, read as the service reads feeds. */
    private static FeedEntry rssEntry(String title, String html) {
        return FeedReader.read("""
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                  <item><title>%s</title><link>https://www.mid.ru/en/foreign_policy/news/1851133/</link>
                    <pubDate>Sun, 29 Jan 2023 16:05:00 +0300</pubDate><category>Pakistan</category>
                    <content:encoded><![CDATA[%s]]></content:encoded></item>
                </channel></rss>
                """.formatted(title, html), URI.create("https://mid.ru/en/rss.php")).get(0);
    }

    private static SourceDefinition source(String language) {
        return new SourceDefinition("mid-ru-en", "mid-ru", URI.create("https://mid.ru/en/rss.php"), null, null,
                language, Duration.ofMinutes(5), false, 1, "Test/1.0", FeedContent.FULL);
    }
}
