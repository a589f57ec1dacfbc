package io.statewire.dedup.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an overly long paragraph at sentence boundaries into pieces of at most {@code maxChars} characters
 * (a single sentence longer than that stays whole). Shorter paragraphs come back as they are.
 */
public final class SentenceSplitter {

    private SentenceSplitter() {
    }

    public static List<String> split(String paragraph, int maxChars, String language) {
        if (paragraph.length() <= maxChars) {
            return List.of(paragraph);
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(
                language == null ? Locale.ROOT : Locale.forLanguageTag(language));
        sentences.setText(paragraph);
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            String sentence = paragraph.substring(start, end);
            if (piece.length() > 0 && piece.length() + sentence.length() > maxChars) {
                pieces.add(piece.toString().strip());
                piece.setLength(0);
            }
            piece.append(sentence);
        }
        if (!piece.toString().isBlank()) {
            pieces.add(piece.toString().strip());
        }
        return pieces;
    }
}
