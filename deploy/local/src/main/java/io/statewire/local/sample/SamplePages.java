package io.statewire.local.sample;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders the sample press site: a list page, an RSS 2.0 feed and article pages with the chrome of a real press
 * room around the text (menus, share buttons, print link, footer).
 */
public final class SamplePages {

    private static final String CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/";
    private static final DateTimeFormatter LIST_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private SamplePages() {
    }

    public static String releasePath(String id) {
        return "/press/releases/" + id + "/";
    }

    /** The release among {@code releases} whose page is at {@code path}, if any. */
    public static Optional<SampleRelease> releaseAt(String path, List<SampleRelease> releases) {
        return releases.stream().filter(release -> path.equals(releasePath(release.id()))).findFirst();
    }

    public static String listPage(List<SampleRelease> releases) {
        StringBuilder items = new StringBuilder();
        for (SampleRelease release : releases) {
            items.append("      <li class=\"news-item\"><span class=\"news-item__date\">")
                    .append(OffsetDateTime.parse(release.publishedAt()).format(LIST_DATE))
                    .append("</span> <a class=\"news-item__link\" href=\"").append(releasePath(release.id())).append("\">")
                    .append(escape(release.title())).append("</a></li>\n");
        }
        return page("Press releases", """
                    <main>
                      <h1>Press releases</h1>
                      <ul class="news-list">
                %s      </ul>
                    </main>
                """.formatted(items));
    }

    public static String articlePage(SampleRelease release) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : release.paragraphs()) {
            body.append("          <p>").append(escape(paragraph)).append("</p>\n");
        }
        String tags = String.join(", ", release.tags());
        return page(release.title(), """
                    <main>
                      <article>
                        <h1>%s</h1>
                        <div class="meta"><time datetime="%s">%s</time> · <span class="tags">%s</span></div>
                        <div class="text">
                %s        </div>
                        <aside class="share"><p>Share: <a href="#">Telegram</a> <a href="#">VK</a> <a href="#">E-mail</a></p>
                          <p><a href="?print=1">Print version</a></p></aside>
                      </article>
                    </main>
                """.formatted(escape(release.title()), release.publishedAt(),
                OffsetDateTime.parse(release.publishedAt()).format(LIST_DATE), escape(tags), body))
                .replace("<head>", "<head>\n    <meta property=\"article:published_time\" content=\""
                        + release.publishedAt() + "\">" + tagMeta(release.tags()));
    }

    public static String rss(String baseUrl, List<SampleRelease> releases) {
        return rss(baseUrl, releases, FeedContent.SUMMARY);
    }

    /**
     * An RSS 2.0 feed of {@code releases}; with {@link FeedContent#FULL} each item also carries the release's tags as
     * categories and its paragraphs as HTML in {@code content:encoded}.
     */
    public static String rss(String baseUrl, List<SampleRelease> releases, FeedContent content) {
        StringBuilder items = new StringBuilder();
        for (SampleRelease release : releases) {
            items.append("    <item>\n      <title>").append(escape(release.title())).append("</title>\n")
                    .append("      <link>").append(baseUrl).append(releasePath(release.id())).append("</link>\n")
                    .append("      <guid>").append(baseUrl).append(releasePath(release.id())).append("</guid>\n")
                    .append("      <pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH)
                            .format(OffsetDateTime.parse(release.publishedAt())))
                    .append("</pubDate>\n");
            if (content == FeedContent.FULL) {
                for (String tag : release.tags()) {
                    items.append("      <category>").append(escape(tag)).append("</category>\n");
                }
                items.append("      <content:encoded><![CDATA[").append(paragraphsHtml(release))
                        .append("]]></content:encoded>\n");
            }
            items.append("    </item>\n");
        }
        String namespaces = content == FeedContent.FULL ? " xmlns:content=\"" + CONTENT_NAMESPACE + "\"" : "";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"%s>
                  <channel>
                    <title>Ministry of Foreign Affairs of Northland: press releases</title>
                    <link>%s/press/</link>
                    <description>Statements, briefings and news of the Ministry</description>
                %s  </channel>
                </rss>
                """.formatted(namespaces, baseUrl, items);
    }

    /** The release's paragraphs as {@code <p>} elements, escaped (so no {@code ]]>} can end a CDATA section early). */
    private static String paragraphsHtml(SampleRelease release) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : release.paragraphs()) {
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        return html.toString();
    }

    private static String tagMeta(List<String> tags) {
        StringBuilder meta = new StringBuilder();
        for (String tag : tags) {
            meta.append("\n    <meta property=\"article:tag\" content=\"").append(escape(tag)).append("\">");
        }
        return meta.toString();
    }

    private static String page(String title, String main) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                  <head>
                    <meta charset="utf-8">
                    <title>%s — Ministry of Foreign Affairs of Northland</title>
                  </head>
                  <body>
                    <header>
                      <p class="logo">Ministry of Foreign Affairs of Northland</p>
                      <nav><p><a href="/press/">Press releases</a> · <a href="/press/rss.xml">RSS</a> · <a href="#">Contacts</a></p></nav>
                    </header>
                %s    <footer><p>© Ministry of Foreign Affairs of Northland. Materials may be reused with a link to the source.</p></footer>
                  </body>
                </html>
                """.formatted(escape(title), main);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
