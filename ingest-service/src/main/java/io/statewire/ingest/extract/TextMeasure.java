package io.statewire.ingest.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Measures of an element's visible text: its length, how much of it is link text, and its commas. */
final class TextMeasure {

    /** Links to a place on the same page (tables of contents, footnotes) count for less than links away. */
    private static final double IN_PAGE_LINK_WEIGHT = 0.3;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？]+[\"'”’»)\\]]*\\s*$");

    private TextMeasure() {
    }

    /** Share of the element's text, as read, that sits inside links, from 0 to 1. */
    static double linkDensity(Element element) {
        LinkCounter counter = new LinkCounter();
        NodeTraversor.traverse(counter, element);
        return counter.total == 0 ? 0 : Math.min(1, counter.linked / counter.total);
    }

    static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                commas++;
            }
        }
        return commas;
    }

    /** Whether the text ends as a sentence does: with a full stop, question or exclamation mark, maybe quoted. */
    static boolean endsLikeSentence(String text) {
        return SENTENCE_END.matcher(text).find();
    }

    /**
     * Characters of the text as read: every run of whitespace between words counts as one space, whitespace at the
     * ends not at all (the measure link-density thresholds such as Readability's 0.2 and 0.5 are set for).
     */
    private static int readCharacters(String text) {
        int count = 0;
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                gap = count > 0;
            } else {
                count += gap ? 2 : 1;
                gap = false;
            }
        }
        return count;
    }

    private static final class LinkCounter implements NodeVisitor {
        private double total;
        private double linked;
        private int linkDepth;
        private double linkWeight = 1;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                int characters = readCharacters(text.getWholeText());
                total += characters;
                if (linkDepth > 0) {
                    linked += characters * linkWeight;
                }
            } else if (node instanceof Element element && element.nameIs("a")) {
                if (linkDepth++ == 0) {
                    linkWeight = element.attr("href").startsWith("#") ? IN_PAGE_LINK_WEIGHT : 1;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element.nameIs("a")) {
                linkDepth--;
            }
        }
    }
}
