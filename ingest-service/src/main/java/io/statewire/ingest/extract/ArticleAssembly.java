package io.statewire.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses the article's container from the scores and gathers it with the siblings that belong to it: the
 * best-scoring container (the best cell when that is a row of a layout table), moved up when several strong rivals
 * share an ancestor, to the first ancestor that scores higher (never from a cell into a layout row) or when it is an
 * only child; then every sibling that scores well too, and sibling paragraphs that read as prose.
 * Produces a new {@code <div>} holding those parts in page order, or the whole root when nothing scored.
 */
final class ArticleAssembly {

    private static final int RIVALS = 5;
    private static final double RIVAL_SHARE = 0.75;
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    private ArticleAssembly() {
    }

    static Element assemble(Element root, ContentScores scores) {
        List<Element> best = scores.best(RIVALS + 1);
        if (best.isEmpty() || best.get(0) == root) {
            return root;
        }
        Element top = climb(root, scores, best);
        if (top == root || top.parent() == null) {
            return top;
        }
        double topScore = scores.of(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : top.parent().children()) {
            if (sibling == top || belongs(sibling, top, scores, threshold)) {
                parts.add(sibling);
            }
        }
        Element article = new Element("div");
        for (Element part : parts) {
            article.appendChild(part);
        }
        return article;
    }

    private static Element climb(Element root, ContentScores scores, List<Element> best) {
        Element top = bestCell(best.get(0), scores);
        double topScore = scores.of(top);
        List<Element> rivals = new ArrayList<>();
        for (Element rival : best.subList(1, best.size())) {
            if (scores.of(rival) >= RIVAL_SHARE * topScore) {
                rivals.add(rival);
            }
        }
        if (rivals.size() >= 3) {
            for (Element ancestor = top.parent(); ancestor != null && ancestor != root; ancestor = ancestor.parent()) {
                int holding = 0;
                for (Element rival : rivals) {
                    holding += contains(ancestor, rival) ? 1 : 0;
                }
                if (holding >= 3) {
                    top = ancestor;
                    break;
                }
            }
        }
        double floor = scores.of(top) / 3;
        double last = scores.of(top);
        for (Element ancestor = top.parent(); ancestor != null && ancestor != root; ancestor = ancestor.parent()) {
            if (layoutRow(ancestor)) {
                break;
            }
            if (!scores.has(ancestor)) {
                continue;
            }
            double score = scores.of(ancestor);
            if (score < floor) {
                break;
            }
            if (score > last) {
                top = ancestor;
                break;
            }
            last = score;
        }
        while (top.parent() != null && top.parent() != root && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /**
     * A row of a table used for layout holds the page's columns (menu, text, sidebar): when such a row scores best,
     * its best cell is the text's column.
     */
    private static Element bestCell(Element top, ContentScores scores) {
        if (!layoutRow(top)) {
            return top;
        }
        Element best = null;
        for (Element cell : top.children()) {
            if (scores.has(cell) && (best == null || scores.of(cell) > scores.of(best))) {
                best = cell;
            }
        }
        return best == null ? top : best;
    }

    private static boolean layoutRow(Element element) {
        if (!element.nameIs("tr")) {
            return false;
        }
        Element table = element.closest("table");
        return table != null && !DataTables.isData(table);
    }

    private static boolean contains(Element ancestor, Element element) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean belongs(Element sibling, Element top, ContentScores scores, double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                ? scores.of(top) * 0.2 : 0;
        if (scores.has(sibling) && scores.of(sibling) + bonus >= threshold) {
            return true;
        }
        if (!sibling.nameIs("p")) {
            return false;
        }
        double linkDensity = TextMeasure.linkDensity(sibling);
        String text = sibling.text();
        if (text.length() > 80) {
            return linkDensity < 0.25;
        }
        return !text.isEmpty() && linkDensity == 0 && SENTENCE_END.matcher(text).find();
    }
}
