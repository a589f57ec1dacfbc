package io.statewire.bench.cost;

import java.util.Random;

/**
 * Passage texts addressed by number, so that a benchmark can repeat any earlier passage without keeping it: text
 * {@code n} is 25 to 70 words drawn from a random source seeded by the run's seed and {@code n}, always the same
 * for the same pair. The words follow Zipf's law (exponent 1) over a vocabulary of {@value #VOCABULARY} made-up
 * lower-case words, as the content words of real prose do, so that unrelated passages share their common words
 * as real ones do and the index meets as many chance candidates. A near copy is text {@code n} with one word
 * replaced by another.
 */
final class NumberedProse {

    static final int VOCABULARY = 50_000;
    private static final String[] SYLLABLES = ("ba be bi bo bu da de di do du fa fe fi fo fu ga ge go gu ka ke ki ko "
            + "ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti "
            + "to tu va ve vi vo za zo").split(" ");
    /** Cumulative Zipf weights of the ranks, for drawing a rank by binary search. */
    private static final double[] CUMULATIVE = new double[VOCABULARY];

    static {
        double sum = 0;
        for (int rank = 0; rank < VOCABULARY; rank++) {
            sum += 1.0 / (rank + 1);
            CUMULATIVE[rank] = sum;
        }
    }

    private final long seed;

    NumberedProse(long seed) {
        this.seed = seed;
    }

    String text(long n) {
        Random random = new Random(mix(seed, n));
        int length = 25 + random.nextInt(46);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(i == 0 ? "" : i % 12 == 0 ? ", " : " ").append(word(random));
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    /** Text {@code n} with one of its words replaced by a different one, chosen by {@code variant}. */
    String nearCopy(long n, long variant) {
        String text = text(n);
        String[] words = text.substring(0, text.length() - 1).split(" ");
        Random random = new Random(mix(seed ^ 0x5DEECE66DL, mix(n, variant)));
        int at = 1 + random.nextInt(words.length - 1);
        String replacement;
        do {
            replacement = word(random);
        } while (text.contains(replacement));
        words[at] = replacement + (words[at].endsWith(",") ? "," : "");
        return String.join(" ", words) + ".";
    }

    /** A word drawn by Zipf's law: rank r with weight 1 / r. */
    private static String word(Random random) {
        double target = random.nextDouble() * CUMULATIVE[VOCABULARY - 1];
        int low = 0;
        int high = VOCABULARY - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (CUMULATIVE[mid] < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return spelled(low);
    }

    /** Rank {@code r} spelt in syllables, a different word for each rank. */
    static String spelled(int rank) {
        StringBuilder word = new StringBuilder();
        int r = rank;
        do {
            word.append(SYLLABLES[r % SYLLABLES.length]);
            r /= SYLLABLES.length;
        } while (r > 0);
        return word.append('n').toString();
    }

    /** SplitMix64's finaliser over both numbers, so that neighbouring numbers seed unrelated sequences. */
    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
