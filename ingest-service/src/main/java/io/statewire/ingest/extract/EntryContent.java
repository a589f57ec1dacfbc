package io.statewire.ingest.extract;

import io.statewire.ingest.profile.Profile;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the full text a feed entry carries (the HTML of RSS {@code content:encoded} or Atom {@code content}) into a
 * release's paragraphs, in the order of the content, repeats included: every block is a paragraph, and so is text
 * between blocks or between runs of line breaks ({@link TextBlocks}). Nothing is scored or weighed away, as the
 * feed gives the release and nothing else; only what is never text ({@link PageClutter}: scripts, styles, embedded
 * objects, controls, hidden nodes, comments), page chrome (nav, header, footer, aside, form) and the heading that
 * repeats the title ({@link TitleHeading}) are left out. The document number is read from the content with the
 * profile's doc-number selectors (null when none finds one).
 */
public record EntryContent(List<String> paragraphs, String docNumber) {

    public EntryContent {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The paragraphs and document number of {@code html}; {@code title} (may be null) is the entry's title. */
    public static EntryContent read(Profile profile, String html, String title) {
        Document content = Jsoup.parseBodyFragment(html);
        String docNumber = ArticleExtractor.first(content, profile.docNumber()).orElse(null);
        Element body = content.body();
        PageClutter.remove(body, false);
        body.select(ArticleExtractor.CHROME).remove();
        TitleHeading.remove(body, title);
        return new EntryContent(TextBlocks.of(body), docNumber);
    }
}
