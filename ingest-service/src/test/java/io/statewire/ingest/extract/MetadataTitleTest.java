package io.statewire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataTitleTest {

    private static String title(String head) {
        return MetadataTitle.of(Jsoup.parse("<html><head>" + head + "</head><body><p>Text</p></body></html>"));
    }

    @Test
    void schemaOrgArticleHeadlineComesFirst() {
        assertThat(title("""
                <title>Talks in Astana - Ministry</title>
                <meta property="og:title" content="Open Graph title">
                <script type="application/ld+json">[{"@type": "BreadcrumbList", "name": "Home"},
                  {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Talks in Astana"}]</script>"""))
                .isEqualTo("Talks in Astana");
    }

    @Test
    void headlineOrNameWhicheverIsCloserToThePageTitle() {
        assertThat(title("""
                <title>Talks in Astana on energy - Ministry</title>
                <script type="application/ld+json">{"@graph": [{"@type": "Article", "name": "Ministry",
                  "headline": "Talks in Astana on energy"}]}</script>""")).isEqualTo("Talks in Astana on energy");
        assertThat(title("""
                <title>New Zealand - Encyclopedia</title>
                <script type="application/ld+json"><![CDATA[{"@type": "Article", "name": "New Zealand",
                  "headline": "country in Oceania"}]]></script>""")).isEqualTo("New Zealand");
    }

    @Test
    void metaTagsInOrderWithPropertyBeforeName() {
        assertThat(title("""
                <meta name="twitter:title" content="Twitter title">
                <meta name="DC.title" content="Dublin Core by name">
                <meta property="og:title dc:title" content="Dublin Core by property">""")).isEqualTo("Dublin Core by property");
        assertThat(title("<meta name=\"twitter:title\" content=\"Twitter title\"><meta name=\"parsely-title\" content=\"P\">"))
                .isEqualTo("Twitter title");
    }

    @Test
    void brokenJsonAndOtherTypesAreSkipped() {
        assertThat(title("""
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
                <script type="application/ld+json">{"@type": "VideoObject", "name": "A video"}</script>
                <meta property="og:title" content="Open Graph title">""")).isEqualTo("Open Graph title");
        assertThat(title("<title>Only a title element</title>")).isNull();
    }
}
