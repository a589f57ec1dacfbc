package io.statewire.ingest.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a page without site knowledge and returns it as paragraphs in page order. Works on a copy
 * of the page's body: clutter and the heading that repeats the title out ({@link PageClutter},
 * {@link TitleHeading}), loose text into paragraphs ({@link ParagraphShaping}),
 * containers scored ({@link ContentScores}), the best one gathered with its siblings ({@link ArticleAssembly}),
 * tidied ({@link ArticleCleanup}) and read ({@link TextBlocks}). When that yields little text, it tries again with
 * fewer rules (chrome names kept, class names not weighed, no conditional cleanup) and keeps the longest result;
 * a laxer result must keep every paragraph the strict one found, unless the strict one found next to nothing, so a
 * short release is never swapped for a longer block of chrome.
 */
final class MainContent {

    /** Below this many characters a result is suspect and the next, laxer attempt runs. */
    private static final int ENOUGH_TEXT = 500;
    /** Below this many characters the strict attempt found no article at all, and any laxer result may replace it. */
    private static final int NOTHING = 50;

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
        List<String> strict = attempt(page, title, Attempt.STRICT);
        int strictLength = length(strict);
        if (strictLength >= ENOUGH_TEXT) {
            return strict;
        }
        List<String> longest = strict;
        int longestLength = strictLength;
        for (Attempt attempt : List.of(Attempt.CHROME_NAMES_KEPT, Attempt.CLASS_NAMES_IGNORED, Attempt.NO_CLEANUP)) {
            List<String> blocks = attempt(page, title, attempt);
            int length = length(blocks);
            if (length <= longestLength || strictLength >= NOTHING && !blocks.containsAll(strict)) {
                continue;
            }
            if (length >= ENOUGH_TEXT) {
                return blocks;
            }
            longest = blocks;
            longestLength = length;
        }
        return longest;
    }

    private static int length(List<String> blocks) {
        return blocks.stream().mapToInt(String::length).sum();
    }

    private static List<String> attempt(Document page, String title, Attempt attempt) {
        Element root = page.body().clone();
        PageClutter.remove(root, attempt.chromeByName);
        TitleHeading.remove(root, title);
        Byline.remove(root);
        ParagraphShaping.shape(root);
        ContentScores scores = ContentScores.of(root, attempt.classWeights);
        Element article = ArticleAssembly.assemble(root, scores);
        ArticleCleanup.clean(article, attempt.conditionalCleanup);
        return TextBlocks.of(article);
    }
}
