package io.statewire.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The paragraphs of an element as a reader sees them, in page order: every block (paragraph, heading, list item,
 * quote, table row, caption...) is one paragraph, text between blocks is one too, and two or more line breaks in a
 * row start a new one. Whitespace is collapsed; cells of a table row are joined with a space; invisible characters
 * that only hint where a line may break or words join (soft hyphen, zero-width space, word joiner, byte-order mark)
 * are left out, so "Vladi&amp;shy;mir" reads as one word, as it does on screen.
 */
final class TextBlocks implements NodeVisitor {

    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int breaks;

    private TextBlocks() {
    }

    static List<String> of(Element root) {
        TextBlocks reader = new TextBlocks();
        NodeTraversor.traverse(reader, root);
        reader.flush();
        return reader.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            String content = text.getWholeText();
            if (content.isBlank()) {
                current.append(' ');
                return;
            }
            if (breaks >= 2) {
                flush();
            }
            breaks = 0;
            current.append(content);
        } else if (node instanceof Element element) {
            if (element.nameIs("br")) {
                breaks++;
                current.append(' ');
            } else if (element.is(ParagraphShaping.BLOCK) && !cell(element)) {
                flush();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            if (cell(element)) {
                current.append(' ');
            } else if (element.is(ParagraphShaping.BLOCK)) {
                flush();
            }
        }
    }

    private static boolean cell(Element element) {
        return element.nameIs("td") || element.nameIs("th");
    }

    private void flush() {
        breaks = 0;
        String text = collapse(current);
        current.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(text);
        }
    }

    private static String collapse(CharSequence raw) {
        StringBuilder text = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
            } else if (!invisible(c)) {
                if (space && !text.isEmpty()) {
                    text.append(' ');
                }
                space = false;
                text.append(c);
            }
        }
        return text.toString();
    }

    private static boolean invisible(char c) {
        return c == '\u00ad' || c == '\u200b' || c == '\u2060' || c == '\ufeff';
    }
}
