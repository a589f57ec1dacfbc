package io.statewire.ingest.discover;

import io.statewire.ingest.extract.PublishedDates;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the entries of an RSS 2.0 or Atom feed, resolving relative links against the feed's URL. An entry's content
 * is the full text a feed may carry besides its summary: RSS {@code content:encoded} (whatever prefix the feed gives
 * the namespace {@value #CONTENT_NAMESPACE}) or Atom {@code content} of type {@code html} or {@code xhtml}; an RSS
 * {@code description} or Atom {@code summary} is a teaser and never counts.
 */
public final class FeedReader {

    static final String CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/";

    private FeedReader() {
    }

    public static List<FeedEntry> read(String xml, URI feedUrl) {
        Document feed = Jsoup.parse(xml, feedUrl.toString(), Parser.xmlParser());
        List<FeedEntry> entries = new ArrayList<>();
        String encoded = contentPrefix(feed) + ":encoded";
        for (Element item : feed.select("rss item, channel > item, rdf|RDF > item")) {
            String link = text(item, "link");
            if (link != null) {
                List<String> categories = item.select("> category").eachText();
                entries.add(entry(feedUrl, link, text(item, "title"), text(item, "pubDate"),
                        content(child(item, encoded)), categories));
            }
        }
        for (Element entry : feed.select("feed > entry")) {
            Element link = entry.selectFirst("link[rel=alternate], link:not([rel])");
            if (link != null && !link.attr("href").isBlank()) {
                String date = text(entry, "published") != null ? text(entry, "published") : text(entry, "updated");
                List<String> categories = entry.select("> category[term]").eachAttr("term");
                entries.add(entry(feedUrl, link.attr("href"), text(entry, "title"), date, atomContent(entry),
                        categories));
            }
        }
        return entries;
    }

    private static FeedEntry entry(URI feedUrl, String link, String title, String date, String content,
            List<String> categories) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        categories.stream().map(String::strip).filter(category -> !category.isEmpty()).forEach(distinct::add);
        return new FeedEntry(feedUrl.resolve(link.strip()), title, PublishedDates.parse(date, null).orElse(null),
                content, List.copyOf(distinct));
    }

    /** The prefix the feed declares for the content module's namespace; {@code content} when it declares none. */
    private static String contentPrefix(Document feed) {
        for (Element element : feed.select("[^xmlns:]")) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().startsWith("xmlns:") && CONTENT_NAMESPACE.equals(attribute.getValue().strip())) {
                    return attribute.getKey().substring("xmlns:".length());
                }
            }
        }
        return "content";
    }

    /** The first child element of {@code parent} with the tag name {@code name} (prefix included), or null. */
    private static Element child(Element parent, String name) {
        for (Element child : parent.children()) {
            if (child.tagName().equals(name)) {
                return child;
            }
        }
        return null;
    }

    /** An Atom entry's content when it is HTML (escaped) or XHTML (inline markup); text or a link to it is not. */
    private static String atomContent(Element entry) {
        Element content = entry.selectFirst("> content");
        if (content == null || content.hasAttr("src")) {
            return null;
        }
        String type = content.attr("type").strip().toLowerCase(Locale.ROOT);
        return type.equals("html") || type.equals("xhtml") ? content(content) : null;
    }

    /**
     * The HTML an element carries: its markup when it has child elements (XHTML, or HTML a feed left unescaped), else
     * its text, which is the HTML a CDATA section or escaped markup holds.
     */
    private static String content(Element element) {
        if (element == null) {
            return null;
        }
        String html = element.childrenSize() > 0 ? element.html() : element.wholeText();
        return html.isBlank() ? null : html.strip();
    }

    private static String text(Element parent, String child) {
        Element element = parent.selectFirst(child);
        return element == null || element.text().isBlank() ? null : element.text().strip();
    }
}
