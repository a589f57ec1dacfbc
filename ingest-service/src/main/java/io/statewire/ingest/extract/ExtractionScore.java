package io.statewire.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How close extracted text is to the expected text: F1 over the bags of lower-cased word tokens; and whether two
 * titles are the same up to case and spacing (no title, null, and an empty one are the same). Used to measure
 * generic extraction against a peer's test pages.
 */
public final class ExtractionScore {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    private ExtractionScore() {
    }

    public static double tokenF1(String extracted, String expected) {
        Map<String, Integer> truth = tokens(expected);
        Map<String, Integer> got = tokens(extracted);
        int truthTotal = truth.values().stream().mapToInt(Integer::intValue).sum();
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        if (truthTotal == 0 || gotTotal == 0) {
            return truthTotal == gotTotal ? 1 : 0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> token : got.entrySet()) {
            common += Math.min(token.getValue(), truth.getOrDefault(token.getKey(), 0));
        }
        double precision = common / (double) gotTotal;
        double recall = common / (double) truthTotal;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public static boolean sameTitle(String expected, String extracted) {
        return normalize(expected).equals(normalize(extracted));
    }

    private static String normalize(String title) {
        return title == null ? "" : title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            counts.merge(matcher.group(), 1, Integer::sum);
        }
        return counts;
    }
}
