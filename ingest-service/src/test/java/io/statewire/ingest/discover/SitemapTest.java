package io.statewire.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SitemapTest {

    private static final URI AT = URI.create("https://www.example.org/sitemaps/sitemap.xml");

    @Test
    void pagesNewestFirstWithRelativeLocationsResolvedAndEmptyOnesSkipped() {
        Sitemap sitemap = Sitemap.read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://www.example.org/news/old</loc><lastmod>2024-01-05</lastmod></url>
                  <url><loc>/news/undated</loc></url>
                  <url><loc>https://www.example.org/news/new</loc><lastmod>2024-03-01T10:15:00+01:00</lastmod></url>
                  <url><loc> </loc><lastmod>2024-03-02</lastmod></url>
                  <url><loc>https://www.example.org/news/odd-date</loc><lastmod>yesterday</lastmod></url>
                </urlset>
                """, AT);
        assertThat(sitemap.children()).isEmpty();
        assertThat(sitemap.pages()).extracting(e -> e.url().toString()).containsExactly(
                "https://www.example.org/news/new", "https://www.example.org/news/old",
                "https://www.example.org/news/undated", "https://www.example.org/news/odd-date");
        assertThat(sitemap.pages().get(0).lastModified()).isEqualTo(Instant.parse("2024-03-01T09:15:00Z"));
        assertThat(sitemap.pages().get(1).lastModified()).isEqualTo(Instant.parse("2024-01-05T00:00:00Z"));
        assertThat(sitemap.pages().get(3).lastModified()).isNull();
    }

    @Test
    void anIndexListsItsSitemapsNewestFirst() {
        Sitemap index = Sitemap.read("""
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>sitemap_1.xml</loc><lastmod>2023-12-01</lastmod></sitemap>
                  <sitemap><loc>sitemap_2.xml</loc><lastmod>2024-02-01</lastmod></sitemap>
                </sitemapindex>
                """, AT);
        assertThat(index.pages()).isEmpty();
        assertThat(index.children()).extracting(e -> e.url().toString()).containsExactly(
                "https://www.example.org/sitemaps/sitemap_2.xml", "https://www.example.org/sitemaps/sitemap_1.xml");
    }
}
