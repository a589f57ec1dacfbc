package io.statewire.ingest.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the article's byline, the short line that names who wrote it ("By Jane Doe, Staff Writer"): the first
 * element, in page order, that its class or id, a {@code rel="author"} or an {@code itemprop} of author marks as
 * such and whose text is short, outside preformatted text and code (there an "author" name is part of the verbatim
 * text: a reference anchor, a field of a listing). A byline is metadata, not a paragraph of the article.
 */
final class Byline {

    private static final Pattern BYLINE_NAME = Pattern.compile("byline|author|dateline|writtenby",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_LENGTH = 100;

    private Byline() {
    }

    /** Removes the byline from a working copy of a page, if it has one. */
    static void remove(Element root) {
        for (Element element : root.getAllElements()) {
            if (element != root && isByline(element)) {
                element.remove();
                return;
            }
        }
    }

    static boolean isByline(Element element) {
        boolean marked = "author".equals(element.attr("rel")) || element.attr("itemprop").contains("author")
                || BYLINE_NAME.matcher(element.className()).find() || BYLINE_NAME.matcher(element.id()).find();
        if (!marked) {
            return false;
        }
        int length = element.text().length();
        return length > 0 && length < MAX_LENGTH && !verbatim(element);
    }

    private static boolean verbatim(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.nameIs("pre") || e.nameIs("code")) {
                return true;
            }
        }
        return false;
    }
}
