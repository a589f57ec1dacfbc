package io.statewire.bench.cost;

import io.statewire.bench.memory.GeneratedReleases;
import java.util.Random;

/**
 * Passage texts addressed by number, so that a benchmark can repeat any earlier passage without keeping it: text
 * {@code n} is a paragraph of generated prose ({@link GeneratedReleases#paragraph}) drawn from a random source
 * seeded by the run's seed and {@code n}, always the same for the same pair. A near copy is text {@code n} with one
 * word replaced by another.
 */
final class NumberedProse {

    private final long seed;

    NumberedProse(long seed) {
        this.seed = seed;
    }

    String text(long n) {
        return GeneratedReleases.paragraph(random(n));
    }

    /** Text {@code n} with one of its words replaced by a different one, chosen by {@code variant}. */
    String nearCopy(long n, long variant) {
        String[] words = text(n).split(" ");
        Random random = new Random(mix(seed ^ 0x5DEECE66DL, mix(n, variant)));
        int at = random.nextInt(words.length);
        String replaced = words[at];
        String replacement = replaced;
        while (stripped(replacement).equalsIgnoreCase(stripped(replaced))) {
            replacement = GeneratedReleases.paragraph(random).split(" ")[0];
        }
        words[at] = stripped(replacement).toLowerCase() + replaced.substring(stripped(replaced).length());
        return String.join(" ", words);
    }

    private Random random(long n) {
        return new Random(mix(seed, n));
    }

    private static String stripped(String word) {
        return word.replaceAll("[.,]+$", "");
    }

    /** SplitMix64's finaliser over both numbers, so that neighbouring numbers seed unrelated sequences. */
    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
