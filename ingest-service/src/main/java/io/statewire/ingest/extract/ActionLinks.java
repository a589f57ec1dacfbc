package io.statewire.ingest.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells a line that is nothing but a link to a page action or to elsewhere on the site (home, print, share, e-mail,
 * comments, read more, previous and next, back to the list, subscribe, log in) from a link that is part of the text
 * (a source, a related report, a name). Reads the link text in a few languages and the link target: a link to a
 * print version is an action.
 */
final class ActionLinks {

    /** Longer than this, an all-link line is a sentence that links, not a button. */
    private static final int MAX_LENGTH = 100;
    /** Actions wherever they stand in the line. */
    private static final Pattern ACTION_WORDS = Pattern.compile(
            "\\b(print|printable|share|e-?mail this|comments?|reply|read more|continue reading|subscribe|"
                    + "sign (up|in)|log ?in)\\b"
                    + "|версия для печати|распечатать|поделиться|комментари|подписаться|"
                    + "imprimer|partager|commentaires?|lire la suite|s'abonner|"
                    + "drucken|teilen|kommentare?|weiterlesen|abonnieren|"
                    + "imprimir|compartir|comentarios?|leer más|suscrib|"
                    + "打印|分享|评论|转播|收藏|阅读全文|印刷|シェア|コメント",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Ways elsewhere on the site when they open the line ("Home", "Next", "← Previous: ...", "More on ..."). */
    private static final Pattern NAVIGATION_START = Pattern.compile(
            "^\\W*(home|previous|prev|next|back|more on|top of page|главная|назад|далее|вернуться|accueil|retour|"
                    + "suivant|précédent|startseite|zurück|weiter|inicio|volver|siguiente|anterior|首页|返回|上一|下一)"
                    + "(\\b|\\W|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PRINT_TARGET = Pattern.compile("[?&/]print", Pattern.CASE_INSENSITIVE);

    private ActionLinks() {
    }

    /** Whether the paragraph is a short line whose text is all link text and whose link is an action or a way away. */
    static boolean isActionLine(Element paragraph) {
        String text = paragraph.text();
        if (text.isBlank() || text.length() >= MAX_LENGTH || linkedLength(paragraph) <= 0.9 * text.length()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (ACTION_WORDS.matcher(lower).find() || NAVIGATION_START.matcher(lower).find()) {
            return true;
        }
        for (Element link : paragraph.getElementsByTag("a")) {
            if (PRINT_TARGET.matcher(link.attr("href").strip()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Characters of link text, links within the page counted in full (a "skip to" link is as much a link). */
    private static int linkedLength(Element paragraph) {
        int length = 0;
        for (Element link : paragraph.getElementsByTag("a")) {
            if (link.parent() == null || link.parent().closest("a") == null) {
                length += link.text().length();
            }
        }
        return length;
    }
}
