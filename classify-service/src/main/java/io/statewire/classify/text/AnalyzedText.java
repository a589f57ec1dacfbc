package io.statewire.classify.text;

/**
 * The word tokens of one text, as produced by {@link TextAnalyzer}: for token {@code i} its surface form as
 * written, its lower-cased form and its Snowball stem, and where it lies in the text.
 */
public record AnalyzedText(String text, String[] surface, String[] lower, String[] stem, int[] start, int[] end) {

    public int size() {
        return surface.length;
    }

    /** The text as written from the start of token {@code first} to the end of token {@code last}. */
    public String span(int first, int last) {
        return text.substring(start[first], end[last]);
    }

    /** Like {@link #span}, widened to whole hyphenated words: "terrorism" in "counter-terrorism" gives the latter. */
    public String wordSpan(int first, int last) {
        while (first > 0 && joinedByHyphen(first - 1)) {
            first--;
        }
        while (last < size() - 1 && joinedByHyphen(last)) {
            last++;
        }
        return span(first, last);
    }

    private boolean joinedByHyphen(int token) {
        return start[token + 1] == end[token] + 1 && text.charAt(end[token]) == '-';
    }
}
