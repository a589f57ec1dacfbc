package io.statewire.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a page without site knowledge, in the spirit of Arc90's readability: every paragraph
 * scores its parent (fully) and grandparent (half) by its length and commas; class and id names that usually mark
 * content or chrome move the score; link-heavy containers lose. The best container's text blocks (paragraphs,
 * headings, list items, quotes, preformatted text) are the article, in page order.
 */
final class MainContent {

    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|"
                    + "media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|"
                    + "tool|widget|nav|menu|social|subscribe|newsletter|breadcrumb|cookie", Pattern.CASE_INSENSITIVE);
    private static final String CHROME = "nav, header, footer, aside, form, script, style, noscript, button, select";
    private static final String BLOCKS = "p, pre, h2, h3, h4, h5, h6, li, blockquote, dd, dt, td, figcaption";
    private static final int MIN_PARAGRAPH = 25;

    private MainContent() {
    }

    static List<String> blocks(Document page) {
        Map<Element, Double> scores = scores(page);
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
            if (candidate.getValue() > bestScore) {
                best = candidate.getKey();
                bestScore = candidate.getValue();
            }
        }
        if (best == null) {
            return List.of();
        }
        List<Element> parts = new ArrayList<>();
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sibling : best.parent() == null ? List.of(best) : best.parent().children()) {
            boolean strongSibling = scores.getOrDefault(sibling, 0.0) >= threshold;
            boolean prose = sibling.is("p") && sibling.text().length() > 80 && linkDensity(sibling) < 0.25;
            if (sibling == best || strongSibling || prose) {
                parts.add(sibling);
            }
        }
        List<String> blocks = new ArrayList<>();
        for (Element part : parts) {
            for (Element block : part.is(BLOCKS) ? List.of(part) : part.select(BLOCKS)) {
                if (insideChrome(block, part) || hasBlockInside(block) || linkDensity(block) > 0.5) {
                    continue;
                }
                String text = block.text().strip();
                if (!text.isEmpty()) {
                    blocks.add(text);
                }
            }
        }
        return blocks;
    }

    private static Map<Element, Double> scores(Document page) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : page.select("p, pre, td")) {
            if (insideChrome(paragraph, null)) {
                continue;
            }
            String text = paragraph.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + text.split(",").length - 1 + Math.min(text.length() / 100, 3);
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, score / 2, Double::sum);
                }
            }
        }
        Map<Element, Double> weighted = new HashMap<>();
        scores.forEach((element, score) ->
                weighted.put(element, (score + classWeight(element)) * (1 - linkDensity(element))));
        return weighted;
    }

    private static double classWeight(Element element) {
        double weight = 0;
        for (String name : new String[] {element.className(), element.id()}) {
            if (name.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(name).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(name).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    private static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int links = element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return links / (double) length;
    }

    private static boolean hasBlockInside(Element block) {
        return block.selectFirst("p, pre, li, blockquote, td, h2, h3, h4, h5, h6") != null
                && block.select(BLOCKS).size() > 1;
    }

    private static boolean insideChrome(Element element, Element stop) {
        for (Element e = element; e != null && e != stop; e = e.parent()) {
            if (e.is(CHROME)) {
                return true;
            }
            if (e != element && !e.className().isEmpty() && NEGATIVE.matcher(e.className()).find()
                    && !POSITIVE.matcher(e.className()).find()) {
                return true;
            }
        }
        return false;
    }
}
