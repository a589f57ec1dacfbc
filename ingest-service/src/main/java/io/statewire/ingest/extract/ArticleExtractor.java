package io.statewire.ingest.extract;

import io.statewire.ingest.profile.Profile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads an article page with a profile's selectors. A selector may end in {@code @attribute} to read an
 * attribute instead of the text; {@code :metadata-title} stands for the title the page declares in metadata
 * ({@link MetadataTitle}), {@code :document-title} for the page title without the site name and
 * {@code :main-content} for the text blocks of the page's main content. Paragraphs come back in page order, repeats included; paragraphs inside page
 * chrome (navigation, header, footer, asides, forms) never do.
 */
public final class ArticleExtractor {

    static final String CHROME = "nav, header, footer, aside, form, script, style, noscript";
    /** Pseudo-selector: the article title declared in JSON-LD or meta tags ({@link MetadataTitle}). */
    static final String METADATA_TITLE = ":metadata-title";
    /** Pseudo-selector: the page's {@code <title>} without the site name. */
    static final String DOCUMENT_TITLE = ":document-title";
    /** Pseudo-selector: the text blocks of the page's main content, found by scoring ({@link MainContent}). */
    static final String MAIN_CONTENT = ":main-content";

    private ArticleExtractor() {
    }

    public static ExtractedArticle extract(Profile profile, Document page) {
        String title = first(page, profile.title()).orElse(null);
        String published = first(page, profile.published())
                .flatMap(text -> PublishedDates.parse(text, profile.zoneId())).orElse(null);
        String docNumber = first(page, profile.docNumber()).orElse(null);
        String language = page.selectFirst("html[lang]") == null ? null : page.selectFirst("html[lang]").attr("lang");
        return new ExtractedArticle(title, published, docNumber, language, tags(page, profile.tags()),
                paragraphs(page, profile.paragraphs(), title));
    }

    /** The first non-blank value the selectors find, tried in order. */
    static Optional<String> first(Document page, List<String> selectors) {
        for (String selector : selectors) {
            for (String value : values(page, selector)) {
                if (!value.isBlank()) {
                    return Optional.of(value.strip());
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> tags(Document page, List<String> selectors) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String selector : selectors) {
            for (String value : values(page, selector)) {
                if (!value.isBlank()) {
                    tags.add(value.strip());
                }
            }
        }
        return List.copyOf(tags);
    }

    private static List<String> paragraphs(Document page, List<String> selectors, String title) {
        for (String selector : selectors) {
            if (selector.equals(MAIN_CONTENT)) {
                List<String> blocks = MainContent.blocks(page, title);
                if (!blocks.isEmpty()) {
                    return blocks;
                }
                continue;
            }
            List<String> paragraphs = new ArrayList<>();
            for (Element element : page.select(selector)) {
                if (insideChrome(element)) {
                    continue;
                }
                String text = element.text().strip();
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
            if (!paragraphs.isEmpty()) {
                return paragraphs;
            }
        }
        return List.of();
    }

    private static boolean insideChrome(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.is(CHROME)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> values(Document page, String selector) {
        if (selector.equals(METADATA_TITLE)) {
            String title = MetadataTitle.of(page);
            return title == null ? List.of() : List.of(title);
        }
        if (selector.equals(DOCUMENT_TITLE)) {
            String title = DocumentTitle.of(page);
            return title == null ? List.of() : List.of(title);
        }
        int at = selector.lastIndexOf('@');
        Elements elements = page.select(at < 0 ? selector : selector.substring(0, at));
        if (at < 0) {
            return elements.eachText();
        }
        return elements.eachAttr(selector.substring(at + 1));
    }
}
