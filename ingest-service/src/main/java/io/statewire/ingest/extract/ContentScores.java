package io.statewire.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Scores the containers of a page's text: every paragraph (and heading, cell, preformatted block or section) of at
 * least 25 characters gives points for its commas and its length to its parent (in full), its grandparent (half) and
 * the three ancestors above (a sixth, a ninth, a twelfth); a container starts from points for its tag and, when
 * asked, its class and id names, and ends multiplied by the share of its text that is not link text.
 */
final class ContentScores {

    private static final String SCORED = "section, p, pre, td, h2, h3, h4, h5, h6";
    private static final int MIN_PARAGRAPH = 25;
    private static final double[] ANCESTOR_SHARE = {1, 0.5, 1 / 6.0, 1 / 9.0, 1 / 12.0};

    private final Map<Element, Double> scores;

    private ContentScores(Map<Element, Double> scores) {
        this.scores = scores;
    }

    static ContentScores of(Element root, boolean classWeights) {
        Map<Element, Double> raw = new HashMap<>();
        for (Element paragraph : root.select(SCORED)) {
            double points = points(paragraph);
            if (points == 0) {
                continue;
            }
            Element ancestor = paragraph.parent();
            for (int level = 0; level < ANCESTOR_SHARE.length && ancestor != null; level++) {
                raw.computeIfAbsent(ancestor, candidate -> startingPoints(candidate, classWeights));
                raw.merge(ancestor, points * ANCESTOR_SHARE[level], Double::sum);
                if (ancestor == root) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        Map<Element, Double> scores = new HashMap<>();
        raw.forEach((element, score) -> scores.put(element, score * (1 - TextMeasure.linkDensity(element))));
        return new ContentScores(scores);
    }

    /** What a paragraph gives: 2, plus 1 a comma, plus 1 a hundred characters up to 3; 0 under 25 characters. */
    private static double points(Element paragraph) {
        String text = paragraph.text();
        if (text.length() < MIN_PARAGRAPH) {
            return 0;
        }
        return 2 + TextMeasure.commas(text) + Math.min(text.length() / 100, 3);
    }

    private static double startingPoints(Element element, boolean classWeights) {
        double points = switch (element.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return classWeights ? points + ClassHints.weight(element) : points;
    }

    boolean has(Element element) {
        return scores.containsKey(element);
    }

    double of(Element element) {
        return scores.getOrDefault(element, 0.0);
    }

    /** The best-scoring containers, best first. */
    List<Element> best(int count) {
        List<Element> all = new ArrayList<>(scores.keySet());
        all.sort((a, b) -> Double.compare(of(b), of(a)));
        return all.subList(0, Math.min(count, all.size()));
    }
}
