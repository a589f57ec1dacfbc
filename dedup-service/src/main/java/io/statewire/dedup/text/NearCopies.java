package io.statewire.dedup.text;

/**
 * When a passage repeats an earlier one that is not the same text: their content-word sets
 * ({@link ContentWords}: stems, synonyms as one) overlap with Jaccard similarity of at least
 * {@link #MIN_SIMILARITY}, each has at least {@link #MIN_WORDS} content words, no word that differs between them
 * is specific (a name, a figure, a date, a negation, a stance), and where words were replaced (some dropped,
 * others added) every one of them is {@link ContentWords#isReplaceable replaceable}. The last two conditions keep
 * templates apart: condolences on an earthquake in another country, the same meeting with other participants,
 * another figure, date, office or stance differ by a replaced word, and are other statements. Shorter passages are compared exactly only: in a few words one changed word makes another statement.
 */
public final class NearCopies {

    public static final double MIN_SIMILARITY = 0.6;
    public static final int MIN_WORDS = 6;

    /** How two passages compare: their Jaccard similarity and whether the later one repeats the earlier. */
    public record Comparison(double similarity, boolean repeat, Reason reason) {
    }

    /** Why a pair is or is not a repeat. */
    public enum Reason {
        NEAR_COPY, TOO_SHORT, DISSIMILAR, DIFFERENT_SPECIFICS, WORD_REPLACED
    }

    private NearCopies() {
    }

    public static Comparison compare(ContentWords earlier, ContentWords later) {
        return compare(earlier.hashes(), later.hashes());
    }

    /** Compares two sorted word sets as {@link ContentWords#hashes()} gives them. */
    public static Comparison compare(int[] earlier, int[] later) {
        int shared = 0;
        int dropped = 0;
        int added = 0;
        boolean specificDiffers = false;
        boolean fixedDiffers = false;
        int i = 0;
        int j = 0;
        while (i < earlier.length || j < later.length) {
            int byWord = i == earlier.length ? 1 : j == later.length ? -1
                    : ContentWords.compare(earlier[i], later[j]);
            if (byWord == 0) {
                shared++;
                i++;
                j++;
            } else if (byWord < 0) {
                dropped++;
                specificDiffers |= ContentWords.isSpecific(earlier[i]);
                fixedDiffers |= !ContentWords.isReplaceable(earlier[i++]);
            } else {
                added++;
                specificDiffers |= ContentWords.isSpecific(later[j]);
                fixedDiffers |= !ContentWords.isReplaceable(later[j++]);
            }
        }
        int union = earlier.length + later.length - shared;
        double similarity = union == 0 ? 1 : shared / (double) union;
        if (earlier.length < MIN_WORDS || later.length < MIN_WORDS) {
            return new Comparison(similarity, false, Reason.TOO_SHORT);
        }
        if (similarity < MIN_SIMILARITY) {
            return new Comparison(similarity, false, Reason.DISSIMILAR);
        }
        if (specificDiffers) {
            return new Comparison(similarity, false, Reason.DIFFERENT_SPECIFICS);
        }
        if (dropped > 0 && added > 0 && fixedDiffers) {
            return new Comparison(similarity, false, Reason.WORD_REPLACED);
        }
        return new Comparison(similarity, true, Reason.NEAR_COPY);
    }
}
