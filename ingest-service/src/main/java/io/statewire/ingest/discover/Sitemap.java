package io.statewire.ingest.discover;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A sitemap (sitemaps.org protocol) as read: the page URLs of a {@code urlset} with their {@code lastmod}, or the
 * child sitemaps of a {@code sitemapindex}; both newest first (entries without a date last). Relative or
 * malformed locations are resolved against the sitemap's URL or skipped.
 */
public record Sitemap(List<Entry> pages, List<Entry> children) {

    /** One location and when it last changed (null when the sitemap does not say). */
    public record Entry(URI url, Instant lastModified) {
    }

    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::lastModified,
            Comparator.nullsLast(Comparator.reverseOrder()));

    public static Sitemap read(String xml, URI sitemapUrl) {
        Document document = Jsoup.parse(xml, sitemapUrl.toString(), Parser.xmlParser());
        return new Sitemap(entries(document, "urlset > url", sitemapUrl),
                entries(document, "sitemapindex > sitemap", sitemapUrl));
    }

    private static List<Entry> entries(Document document, String selector, URI base) {
        List<Entry> entries = new ArrayList<>();
        for (Element element : document.select(selector)) {
            Element loc = element.selectFirst("loc");
            if (loc == null || loc.text().isBlank()) {
                continue;
            }
            try {
                Element lastmod = element.selectFirst("lastmod");
                Instant changed = lastmod == null ? null : instant(lastmod.text().strip());
                entries.add(new Entry(base.resolve(loc.text().strip()), changed));
            } catch (IllegalArgumentException malformed) {
                // a location that is not a URL is no release
            }
        }
        entries.sort(NEWEST_FIRST);
        return List.copyOf(entries);
    }

    /** A W3C datetime as sitemaps use it: a date, or a date and time with an offset; null when it is neither. */
    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
