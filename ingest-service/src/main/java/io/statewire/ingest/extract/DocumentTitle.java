package io.statewire.ingest.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article title hidden in a page's {@code <title>}: without the site name that pages append or prepend
 * ("Talks with Pakistan - Ministry of Foreign Affairs"), and replaced by the page's only {@code <h1>} when what is
 * left is implausibly short or long.
 */
final class DocumentTitle {

    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");
    private static final int MIN_WORDS = 3;

    private DocumentTitle() {
    }

    static String of(Document page) {
        String original = titleElementText(page);
        String title = original;
        var separators = SEPARATOR.matcher(original);
        int last = -1;
        int first = -1;
        while (separators.find()) {
            if (first < 0) {
                first = separators.start();
            }
            last = separators.start();
        }
        if (last > 0) {
            title = original.substring(0, last).strip();
            if (words(title) < MIN_WORDS) {
                title = original.substring(first + 3).strip();
            }
        } else if (original.contains(": ")) {
            boolean headingMatches = page.select("h1, h2").stream().anyMatch(h -> h.text().strip().equals(original));
            if (!headingMatches) {
                String after = original.substring(original.lastIndexOf(": ") + 2).strip();
                title = words(after) < MIN_WORDS ? original.substring(original.indexOf(": ") + 2).strip() : after;
                if (words(original.substring(0, original.indexOf(": "))) > 5) {
                    title = original;
                }
            }
        }
        if (title.length() < 15 || title.length() > 150) {
            Elements headings = page.select("h1");
            if (headings.size() == 1) {
                title = headings.first().text().strip();
            }
        }
        // a cut that leaves four words or fewer more likely cut into the title than off a site name
        if (words(title) <= 4) {
            title = original;
        }
        return title.isEmpty() ? null : title;
    }

    /** The {@code <title>} in the head, else the first one outside SVG (stray text before it can push it into the body). */
    private static String titleElementText(Document page) {
        String title = page.title();
        if (title.isBlank()) {
            for (Element element : page.getElementsByTag("title")) {
                if (element.closest("svg") == null) {
                    title = element.text();
                    break;
                }
            }
        }
        return title.strip().replaceAll("\\s+", " ");
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
