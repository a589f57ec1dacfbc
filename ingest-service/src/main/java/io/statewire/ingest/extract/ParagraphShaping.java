package io.statewire.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Gives loose text the paragraphs it has on screen, in a working copy of a page: a div around a single paragraph gives
 * way to that paragraph; a div holding only inline content becomes a {@code <p>}, unless a quarter of its text is
 * links (then it stays a div around a {@code <p>}, so cleanup weighs it as a container) or line-break runs divide it
 * (then it stays a div around one {@code <p>} a part); runs of inline content
 * between blocks of a container are wrapped in a {@code <p>} each; two or more {@code <br>} in a row end a paragraph.
 * Scoring then sees every visible paragraph as one.
 */
final class ParagraphShaping {

    static final String BLOCKS = "address, article, aside, blockquote, center, dd, details, div, dl, dt, fieldset, "
            + "figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6, header, hr, li, main, nav, ol, p, pre, "
            + "section, table, tbody, td, tfoot, th, thead, tr, ul";
    /** {@link #BLOCKS} parsed once. */
    static final Evaluator BLOCK = QueryParser.parse(BLOCKS);
    private static final String CONTAINERS = "div, section, article, main";
    /** An inline-only div with this much link text stays a container around its paragraph, for cleanup to weigh. */
    private static final double LINKY = 0.25;

    private ParagraphShaping() {
    }

    static void shape(Element root) {
        for (Element container : root.select(CONTAINERS)) {
            if (container == root || container.parent() == null) {
                continue;
            }
            if (container.is("div") && wrapsOneParagraph(container)) {
                container.unwrap();
            } else if (container.is("div") && !hasBlockInside(container) && !hasBreakRun(container)
                    && TextMeasure.linkDensity(container) < LINKY) {
                container.tagName("p");
            } else {
                wrapLooseRuns(container);
            }
        }
        for (Element paragraph : root.select("p")) {
            splitAtBreakRuns(paragraph);
        }
    }

    /**
     * A div around a single paragraph and nothing else, the paragraph not mostly a link and the div's names not
     * against content (a "related" or "comments" div keeps its names for cleanup): the div is that paragraph.
     */
    private static boolean wrapsOneParagraph(Element div) {
        if (div.childrenSize() != 1 || !div.child(0).nameIs("p") || ClassHints.weight(div) < 0) {
            return false;
        }
        for (Node node : div.childNodes()) {
            if (node instanceof TextNode text && !text.isBlank()) {
                return false;
            }
        }
        return TextMeasure.linkDensity(div) < 0.25;
    }

    /** Whether two or more {@code <br>} follow each other among the element's children (blank text between them). */
    private static boolean hasBreakRun(Element element) {
        int breaks = 0;
        for (Node node : element.childNodes()) {
            if (isBreak(node)) {
                if (++breaks >= 2) {
                    return true;
                }
            } else if (!isBlankText(node)) {
                breaks = 0;
            }
        }
        return false;
    }

    private static boolean hasBlockInside(Element element) {
        for (Element child : element.children()) {
            if (child.is(BLOCK) || child.selectFirst(BLOCK) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean inline(Node node) {
        if (node instanceof TextNode) {
            return true;
        }
        return node instanceof Element element && !element.is(BLOCK) && element.selectFirst(BLOCK) == null;
    }

    private static void wrapLooseRuns(Element container) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(container.childNodes())) {
            if (inline(child)) {
                run.add(child);
            } else {
                wrap(run);
                run = new ArrayList<>();
            }
        }
        wrap(run);
    }

    private static void wrap(List<Node> run) {
        if (run.isEmpty() || blank(run)) {
            return;
        }
        for (List<Node> group : breakRunGroups(run)) {
            if (blank(group)) {
                continue;
            }
            Element paragraph = new Element("p");
            group.get(0).before(paragraph);
            for (Node node : group) {
                paragraph.appendChild(node);
            }
        }
    }

    private static void splitAtBreakRuns(Element paragraph) {
        List<List<Node>> groups = breakRunGroups(new ArrayList<>(paragraph.childNodes()));
        if (groups.size() < 2) {
            return;
        }
        for (List<Node> group : groups) {
            if (blank(group)) {
                continue;
            }
            Element part = new Element("p");
            paragraph.before(part);
            for (Node node : group) {
                part.appendChild(node);
            }
        }
        paragraph.remove();
    }

    /** Splits inline nodes where two or more {@code <br>} follow each other (blank text between them allowed). */
    private static List<List<Node>> breakRunGroups(List<Node> nodes) {
        List<List<Node>> groups = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        int i = 0;
        while (i < nodes.size()) {
            Node node = nodes.get(i);
            if (isBreak(node)) {
                int breaks = 0;
                int j = i;
                while (j < nodes.size() && (isBreak(nodes.get(j)) || isBlankText(nodes.get(j)))) {
                    breaks += isBreak(nodes.get(j)) ? 1 : 0;
                    j++;
                }
                if (breaks >= 2) {
                    groups.add(current);
                    current = new ArrayList<>();
                    for (int k = i; k < j; k++) {
                        nodes.get(k).remove();
                    }
                    i = j;
                    continue;
                }
            }
            current.add(node);
            i++;
        }
        groups.add(current);
        return groups;
    }

    private static boolean isBreak(Node node) {
        return node instanceof Element element && element.nameIs("br");
    }

    private static boolean isBlankText(Node node) {
        return node instanceof TextNode text && text.isBlank();
    }

    private static boolean blank(List<Node> nodes) {
        for (Node node : nodes) {
            if (node instanceof TextNode text ? !text.isBlank() : node instanceof Element element
                    && (!element.text().isBlank() || element.selectFirst("img") != null)) {
                return false;
            }
        }
        return true;
    }
}
