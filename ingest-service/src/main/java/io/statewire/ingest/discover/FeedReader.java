package io.statewire.ingest.discover;

import io.statewire.ingest.extract.PublishedDates;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads the entries of an RSS 2.0 or Atom feed, resolving relative links against the feed's URL. */
public final class FeedReader {

    private FeedReader() {
    }

    public static List<FeedEntry> read(String xml, URI feedUrl) {
        Document feed = Jsoup.parse(xml, feedUrl.toString(), Parser.xmlParser());
        List<FeedEntry> entries = new ArrayList<>();
        for (Element item : feed.select("rss item, channel > item, rdf|RDF > item")) {
            String link = text(item, "link");
            if (link != null) {
                entries.add(entry(feedUrl, link, text(item, "title"), text(item, "pubDate")));
            }
        }
        for (Element entry : feed.select("feed > entry")) {
            Element link = entry.selectFirst("link[rel=alternate], link:not([rel])");
            if (link != null && !link.attr("href").isBlank()) {
                String date = text(entry, "published") != null ? text(entry, "published") : text(entry, "updated");
                entries.add(entry(feedUrl, link.attr("href"), text(entry, "title"), date));
            }
        }
        return entries;
    }

    private static FeedEntry entry(URI feedUrl, String link, String title, String date) {
        return new FeedEntry(feedUrl.resolve(link.strip()), title, PublishedDates.parse(date, null).orElse(null));
    }

    private static String text(Element parent, String child) {
        Element element = parent.selectFirst(child);
        return element == null || element.text().isBlank() ? null : element.text().strip();
    }
}
