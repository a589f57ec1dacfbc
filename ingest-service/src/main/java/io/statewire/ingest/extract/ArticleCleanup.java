package io.statewire.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Tidies the gathered article before its text is read: drops headings whose names mark chrome, share bars,
 * advertisement and loading placeholders; when asked, containers (bulleted lists, tables, divs, forms) that look
 * like chrome by their names, link density, images, form inputs or lack of text, the labels of a graphic, and then
 * the headings such a container leaves alone; last, short lines that are nothing but a link to a page action
 * ({@link ActionLinks}). Data tables, code, what lies inside a figure and plain lists of pictures are kept; a short
 * container is dropped only when it links. Numbered lists and sections are not judged as containers: their divs
 * and bulleted lists are (as in Readability, whose test pages measure this).
 */
final class ArticleCleanup {

    private static final Evaluator CONDITIONAL = QueryParser.parse("form, fieldset, table, ul, div");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator LISTS = QueryParser.parse("ul, ol");
    private static final Pattern SHARE = Pattern.compile("share|sharedaddy", Pattern.CASE_INSENSITIVE);
    /** Advertisement or loading in a few languages, alone, maybe with an ellipsis. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(ad|ads|advert|advertisement|advertising|anzeige|werbung|publicité|pub|publicidad|anuncio|pubblicità|"
                    + "реклама|广告|広告|loading|chargement|cargando|caricamento|wird geladen|загрузка|加载中|正在加载|"
                    + "読み込み中)(…|\\.\\.\\.)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int PLACEHOLDER_LENGTH = 30;
    /** At least this many paragraphs over a picture before they are taken for a graphic's labels. */
    private static final int GRAPHIC_LABELS = 5;

    private ArticleCleanup() {
    }

    static void clean(Element article, boolean conditional) {
        for (Element heading : article.select("h1, h2, h3")) {
            if (ClassHints.weight(heading) < 0) {
                heading.remove();
            }
        }
        for (Element element : article.select("*")) {
            if (element != article && element.parent() != null && (shareBar(element) || placeholder(element))) {
                element.remove();
            }
        }
        if (conditional) {
            List<Element> containers = new ArrayList<>(article.select(CONDITIONAL));
            for (int i = containers.size() - 1; i >= 0; i--) {
                Element container = containers.get(i);
                if (container != article && container.parent() != null && looksLikeChrome(container)) {
                    Element parent = container.parent();
                    container.remove();
                    removeLeftovers(parent, article);
                }
            }
        }
        for (Element paragraph : article.select("p")) {
            if (ActionLinks.isActionLine(paragraph)) {
                paragraph.remove();
            }
        }
    }

    /**
     * Once a container is dropped as chrome, a heading left alone over it has nothing to introduce: its parent goes
     * too, and the parent's parents, while they hold no text but headings (an "Other people are reading" heading over
     * a dropped link list).
     */
    private static void removeLeftovers(Element parent, Element article) {
        for (Element e = parent; e != null && e != article && e.parent() != null; ) {
            if (!onlyHeadings(e)) {
                return;
            }
            Element up = e.parent();
            e.remove();
            e = up;
        }
    }

    private static boolean onlyHeadings(Element element) {
        NodeFilter.FilterResult result = NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e.is(HEADINGS)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return node instanceof TextNode text && !text.isBlank() ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, element);
        return result != NodeFilter.FilterResult.STOP;
    }

    /** An element whose whole text is a word for an advertisement slot or for content still loading. */
    private static boolean placeholder(Element element) {
        String own = element.ownText();
        return !own.isEmpty() && own.length() < PLACEHOLDER_LENGTH && PLACEHOLDER.matcher(own.strip()).matches()
                && element.text().length() == own.length();
    }

    private static boolean shareBar(Element element) {
        String names = element.className() + " " + element.id();
        return !names.isBlank() && SHARE.matcher(names).find() && element.text().length() < 500;
    }

    private static boolean looksLikeChrome(Element container) {
        Element table = ancestorOrSelf(container, "table");
        if (table != null && DataTables.isData(table)
                || ancestorOrSelf(container, "pre") != null || ancestorOrSelf(container, "code") != null) {
            return false;
        }
        int weight = ClassHints.weight(container);
        if (weight < 0) {
            return true;
        }
        String text = container.text();
        if (TextMeasure.commas(text) >= 10) {
            return false;
        }
        boolean list = container.is(LISTS) || listShare(container, text) > 0.9;
        return suspicious(container, text, weight, list) && !(list && imageList(container));
    }

    private static boolean suspicious(Element container, String text, int weight, boolean list) {
        int paragraphs = container.getElementsByTag("p").size();
        int images = container.getElementsByTag("img").size();
        int items = container.getElementsByTag("li").size();
        int inputs = container.getElementsByTag("input").size();
        boolean inFigure = ancestorOrSelf(container, "figure") != null;
        double linkDensity = TextMeasure.linkDensity(container);
        if (images > 1 && paragraphs / (double) images < 0.5 && !inFigure) {
            return true;
        }
        if (graphicLabels(container)) {
            return true;
        }
        if (!list && items > paragraphs + 10) {
            return true;
        }
        if (inputs > paragraphs / 3) {
            return true;
        }
        if (!list && text.length() < 25 && (images == 0 || images > 2) && !inFigure && linkDensity > 0
                && container.selectFirst(HEADINGS) == null) {
            return true;
        }
        if (!list && weight < 25 && linkDensity > 0.2) {
            return true;
        }
        return weight >= 25 && linkDensity > 0.5;
    }

    /** A plain list of pictures (a gallery): each item holds one element at most, and every item a picture. */
    private static boolean imageList(Element container) {
        for (Element item : container.children()) {
            if (item.childrenSize() > 1) {
                return false;
            }
        }
        return container.getElementsByTag("img").size() == container.getElementsByTag("li").size();
    }

    /**
     * Text laid over a picture (the labels of a chart or a map): a picture and, beside it, many short pieces of text,
     * nearly all of them a few words that do not make a sentence.
     */
    private static boolean graphicLabels(Element container) {
        int pieces = 0;
        int labels = 0;
        boolean picture = false;
        for (Element child : container.children()) {
            String text = child.text();
            if (text.isBlank()) {
                picture |= child.nameIs("img") || child.selectFirst("img") != null;
                continue;
            }
            pieces++;
            labels += text.length() < 25 && !TextMeasure.endsLikeSentence(text) ? 1 : 0;
        }
        return picture && pieces >= GRAPHIC_LABELS && labels >= 0.8 * pieces;
    }

    private static Element ancestorOrSelf(Element element, String tag) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.nameIs(tag)) {
                return e;
            }
        }
        return null;
    }

    private static double listShare(Element container, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int inLists = 0;
        for (Element list : container.select(LISTS)) {
            if (list != container) {
                inLists += list.text().length();
            }
        }
        return inLists / (double) text.length();
    }
}
