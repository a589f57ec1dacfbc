package io.statewire.ingest.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes from a working copy of a page what can never be article text: scripts, styles, embedded objects, form
 * controls, widgets by their role (button, slider, toolbar...), links to "#" standing alone, hidden nodes
 * (display:none, visibility:hidden, {@code hidden}, {@code aria-hidden}), comments and page chrome (nav, aside,
 * footer, and, when asked, every element whose class, id or role marks it as chrome).
 */
final class PageClutter {

    private static final String NEVER_TEXT = "script, style, noscript, template, link, meta, iframe, object, embed, "
            + "svg, canvas, button, input, select, textarea, nav, aside, footer, dialog";
    private static final Set<String> CONTROL_ROLES = Set.of("button", "slider", "progressbar", "scrollbar",
            "spinbutton", "switch", "toolbar", "searchbox", "checkbox", "radio");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    private PageClutter() {
    }

    static void remove(Element root, boolean chromeByName) {
        root.select(NEVER_TEXT).remove();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == root) {
                    return FilterResult.CONTINUE;
                }
                boolean doomed = node instanceof Comment || node instanceof Element element
                        && (hidden(element) || control(element)
                            || chromeByName && ClassHints.looksLikeChrome(element));
                return doomed ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, root);
    }

    /**
     * A widget a reader operates rather than reads: a button, slider, progress bar, switch or toolbar by its role, or
     * a link to "#" standing alone (a script's button: "Show all", "Reply", "Back to top"; inside a sentence its
     * words stay).
     */
    static boolean control(Element element) {
        String role = element.attr("role");
        if (!role.isEmpty() && CONTROL_ROLES.contains(role)) {
            return true;
        }
        return element.nameIs("a") && "#".equals(element.attr("href").strip()) && element.parent() != null
                && element.parent().text().strip().equals(element.text().strip());
    }

    static boolean hidden(Element element) {
        if (element.hasAttr("hidden")) {
            return true;
        }
        if ("true".equals(element.attr("aria-hidden")) && !element.className().contains("fallback-image")) {
            return true;
        }
        String style = element.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }
}
