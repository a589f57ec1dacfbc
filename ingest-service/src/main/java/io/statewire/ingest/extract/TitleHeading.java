package io.statewire.ingest.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the heading that shows the article's title on the page: the first {@code h1} or {@code h2}, in page order,
 * at least three quarters of whose word characters belong to words of the title (a heading that shortens the title
 * repeats it; one that adds much to it does not). The title is given separately, so that heading is not text.
 */
final class TitleHeading {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final double SHARED = 0.75;

    private TitleHeading() {
    }

    /** Removes the title's heading from a working copy of a page, if it has one; {@code title} may be null. */
    static void remove(Element root, String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        Set<String> titleWords = words(title);
        for (Element heading : root.select("h1, h2")) {
            if (repeats(heading.text(), titleWords)) {
                heading.remove();
                return;
            }
        }
    }

    static boolean repeats(String heading, String title) {
        return title != null && repeats(heading, words(title));
    }

    private static boolean repeats(String heading, Set<String> titleWords) {
        int all = 0;
        int shared = 0;
        Matcher matcher = WORD.matcher(heading.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            all += matcher.group().length();
            shared += titleWords.contains(matcher.group()) ? matcher.group().length() : 0;
        }
        return all > 0 && shared >= SHARED * all;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
