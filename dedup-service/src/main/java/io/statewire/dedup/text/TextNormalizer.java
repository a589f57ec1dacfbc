package io.statewire.dedup.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises passage text for comparison only: Unicode NFKC, one form for quotes and dashes, hyphens
 * between words as spaces, collapsed whitespace, lower case, and ё as е (Russian writes the dots or leaves them
 * out: "партнёрам" and "партнерам" are the same word). The published passage keeps its original text.
 */
public final class TextNormalizer {

    private static final Pattern QUOTES = Pattern.compile("[\"'`«»‘’‚‛“”„‟‹›]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\u00ad-]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000]+");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = QUOTES.matcher(s).replaceAll("\"");
        s = DASHES.matcher(s).replaceAll(" ");
        s = WHITESPACE.matcher(s).replaceAll(" ");
        return s.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
