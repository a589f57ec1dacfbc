package io.statewire.ingest.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a page without site knowledge and returns it as paragraphs in page order. Works on a copy
 * of the page's body: clutter out ({@link PageClutter}), loose text into paragraphs ({@link ParagraphShaping}),
 * containers scored ({@link ContentScores}), the best one gathered with its siblings ({@link ArticleAssembly}),
 * tidied ({@link ArticleCleanup}) and read ({@link TextBlocks}). When that yields little text, it tries again with
 * fewer rules (chrome names kept, class names not weighed, no conditional cleanup) and keeps the longest result.
 */
final class MainContent {

    /** Below this many characters a result is suspect and the next, laxer attempt runs. */
    private static final int ENOUGH_TEXT = 500;

    private enum Attempt {
        STRICT(true, true, true),
        CHROME_NAMES_KEPT(false, true, true),
        CLASS_NAMES_IGNORED(false, false, true),
        NO_CLEANUP(false, false, false);

        final boolean chromeByName;
        final boolean classWeights;
        final boolean conditionalCleanup;

        Attempt(boolean chromeByName, boolean classWeights, boolean conditionalCleanup) {
            this.chromeByName = chromeByName;
            this.classWeights = classWeights;
            this.conditionalCleanup = conditionalCleanup;
        }
    }

    private MainContent() {
    }

    /** The page's main text as paragraphs; {@code title} (may be null) is left out when a heading repeats it. */
    static List<String> blocks(Document page, String title) {
        List<String> longest = List.of();
        int longestLength = -1;
        for (Attempt attempt : Attempt.values()) {
            List<String> blocks = attempt(page, title, attempt);
            int length = blocks.stream().mapToInt(String::length).sum();
            if (length >= ENOUGH_TEXT) {
                return blocks;
            }
            if (length > longestLength) {
                longest = blocks;
                longestLength = length;
            }
        }
        return longest;
    }

    private static List<String> attempt(Document page, String title, Attempt attempt) {
        Element root = page.body().clone();
        PageClutter.remove(root, attempt.chromeByName);
        ParagraphShaping.shape(root);
        ContentScores scores = ContentScores.of(root, attempt.classWeights);
        Element article = ArticleAssembly.assemble(root, scores);
        ArticleCleanup.clean(article, title, attempt.conditionalCleanup);
        return TextBlocks.of(article);
    }
}
