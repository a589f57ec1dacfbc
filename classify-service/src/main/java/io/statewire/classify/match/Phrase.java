package io.statewire.classify.match;

import io.statewire.classify.text.AnalyzedText;
import io.statewire.classify.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;

/**
 * A phrase of one or more words matched against consecutive tokens. Written as words separated by spaces, each
 * one of: a plain word, matched by stem in any case ({@code terrorist} hits "Terrorists"); a prefix ending in
 * {@code *}, matched against the lower-cased token ({@code террор*} hits "террористическом"); an exact word
 * starting with {@code =}, matched as written ({@code =Того}); or an acronym, a word in capitals of two or more
 * characters, matched as written ({@code UN} never hits "un").
 */
public record Phrase(String source, List<PhraseWord> words) {

    /** Parses a phrase; the message of the exception says what is wrong with it. */
    public static Phrase parse(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("empty phrase");
        }
        List<PhraseWord> words = new ArrayList<>();
        for (String piece : source.trim().split("\\s+")) {
            if (piece.startsWith("=") && piece.endsWith("*")) {
                throw new IllegalArgumentException("'" + piece + "' in '" + source + "' is both exact and a prefix");
            } else if (piece.startsWith("=")) {
                addTokens(words, piece.substring(1), PhraseWord.Kind.EXACT, source);
            } else if (piece.endsWith("*")) {
                addPrefix(words, piece, source);
            } else if (isAcronym(piece)) {
                addTokens(words, piece, PhraseWord.Kind.EXACT, source);
            } else {
                addTokens(words, piece, PhraseWord.Kind.STEM, source);
            }
        }
        return new Phrase(source.trim(), List.copyOf(words));
    }

    /** Whether this phrase occurs at token {@code first}; returns the index of its last token, or -1. */
    int matchAt(AnalyzedText text, int first) {
        if (first + words.size() > text.size()) {
            return -1;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).matches(text, first + i)) {
                return -1;
            }
        }
        return first + words.size() - 1;
    }

    PhraseWord firstWord() {
        return words.get(0);
    }

    private static boolean isAcronym(String piece) {
        return piece.length() >= 2 && piece.chars().anyMatch(Character::isLetter)
                && piece.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** "террор*" is one prefix; "военно-политическ*" is the word "военно" followed by the prefix "политическ". */
    private static void addPrefix(List<PhraseWord> words, String piece, String source) {
        AnalyzedText tokens = TextAnalyzer.analyze(piece.substring(0, piece.length() - 1));
        int last = tokens.size() - 1;
        if (last < 0 || tokens.lower()[last].length() < 3) {
            throw new IllegalArgumentException("prefix '" + piece + "' in '" + source + "' must end in a word of at "
                    + "least 3 letters");
        }
        for (int i = 0; i < last; i++) {
            words.add(new PhraseWord(PhraseWord.Kind.STEM, tokens.stem()[i]));
        }
        words.add(new PhraseWord(PhraseWord.Kind.PREFIX, tokens.lower()[last]));
    }

    private static void addTokens(List<PhraseWord> words, String piece, PhraseWord.Kind kind, String source) {
        AnalyzedText tokens = TextAnalyzer.analyze(piece);
        if (tokens.size() == 0) {
            throw new IllegalArgumentException("'" + piece + "' in '" + source + "' has no word in it");
        }
        for (int i = 0; i < tokens.size(); i++) {
            String key = switch (kind) {
                case EXACT -> tokens.surface()[i];
                case STEM -> tokens.stem()[i];
                case PREFIX -> throw new IllegalStateException("prefixes are one word");
            };
            words.add(new PhraseWord(kind, key));
        }
    }
}
