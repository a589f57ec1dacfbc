package io.statewire.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the language of a release from its text when neither the source nor the page names one: Cyrillic script
 * means Russian; Latin script is told apart by function words of the languages official press rooms publish in
 * (English, German, French, Spanish, Portuguese). Returns {@code und} when nothing decides.
 */
public final class LanguageGuess {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "on"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu"),
            "fr", Set.of("le", "les", "et", "des", "est", "une", "pour", "dans", "du", "que"),
            "es", Set.of("el", "los", "las", "y", "que", "del", "para", "con", "por", "una"),
            "pt", Set.of("os", "e", "que", "do", "da", "para", "com", "uma", "não", "no"));

    private LanguageGuess() {
    }

    public static String of(List<String> paragraphs) {
        int cyrillic = 0;
        int latin = 0;
        Map<String, Integer> votes = new HashMap<>();
        for (String paragraph : paragraphs) {
            Matcher words = WORD.matcher(paragraph);
            while (words.find()) {
                String word = words.group();
                if (Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                    continue;
                }
                latin++;
                String lower = word.toLowerCase(Locale.ROOT);
                FUNCTION_WORDS.forEach((language, set) -> {
                    if (set.contains(lower)) {
                        votes.merge(language, 1, Integer::sum);
                    }
                });
            }
        }
        if (cyrillic > latin) {
            return "ru";
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("und");
    }
}
