package io.statewire.ingest.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What an element's class, id and role say about it: whether it is likely page chrome (menus, comments, share bars,
 * sidebars, footers) and how much its names speak for or against main content. Reads attributes only.
 */
final class ClassHints {

    private static final int CASE = Pattern.CASE_INSENSITIVE;
    private static final Pattern CHROME_NAME = Pattern.compile(
            "ad-break|agegate|banner|breadcrumb|combx|comment|community|control-?bar|cookie|cover-wrap|disqus|extra|"
                    + "footer|gdpr|header|legends|menu|modal|newsletter|pager|pagination|popup|related|remark|replies|"
                    + "rss|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|supplemental|yom-remote", CASE);
    private static final Pattern CONTENT_RESCUE = Pattern.compile("and|article|body|column|content|main|mathjax|shadow", CASE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", CASE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media(?!n)|meta|"
                    + "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget",
            CASE);
    private static final Set<String> CHROME_ROLES = Set.of(
            "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");

    private static final Evaluator NEVER_CHROME = QueryParser.parse("body, main, article, a, table, tbody, tr, td, th");

    private ClassHints() {
    }

    /**
     * Names or a role that mark chrome, unless the names also speak for content; never the body, main, an article,
     * a link, a table part or anything inside a table or code.
     */
    static boolean looksLikeChrome(Element element) {
        if (CHROME_ROLES.contains(element.attr("role"))) {
            return true;
        }
        String names = names(element);
        return !names.isBlank() && CHROME_NAME.matcher(names).find() && !CONTENT_RESCUE.matcher(names).find()
                && !element.is(NEVER_CHROME) && !insideTableOrCode(element);
    }

    private static boolean insideTableOrCode(Element element) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e.nameIs("table") || e.nameIs("pre") || e.nameIs("code")) {
                return true;
            }
        }
        return false;
    }

    /** +25 for each of class and id that speaks for content, -25 for each that speaks against it. */
    static int weight(Element element) {
        return weight(element.className()) + weight(element.id());
    }

    private static int weight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (NEGATIVE.matcher(name).find()) {
            weight -= 25;
        }
        if (POSITIVE.matcher(name).find()) {
            weight += 25;
        }
        return weight;
    }

    private static String names(Element element) {
        return element.className() + " " + element.id();
    }
}
