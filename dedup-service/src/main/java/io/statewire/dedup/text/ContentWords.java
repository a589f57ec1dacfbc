package io.statewire.dedup.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The set of content words of a passage, the unit near-copy matching compares. Consumes the passage as written;
 * produces its distinct content words as sorted 30-bit hashes ({@link #hashes()}), each with flags that say whether
 * the word is specific: a figure, a name or a word of {@link Lexicon#specific()} ({@link #isSpecific}), or
 * may have been replaced by a synonym ({@link #isReplaceable}).
 * <p>
 * Words are letters and digits, compared by stem ({@link WordStems}) and by synonym group ({@link Lexicon}); case,
 * ё/е, quotes and the Unicode forms of a character do not matter, soft hyphens are dropped, a hyphenated compound
 * counts as its parts and as one word ("co-operation": co, operation, cooperation), other dashes separate words.
 * Stop words and lone lower-case letters are left out. A word counts as a name when it starts with a capital letter
 * away from a sentence's start and is not capitalised by convention only ("Minister"), when it is an acronym
 * ("UN"), or when it is a capital letter alone, an initial (the full stop after it ends no sentence). In a text
 * written mostly in capitals no word counts as a name by its case.
 */
public final class ContentWords {

    private static final int SPECIFIC = 1;
    private static final int REPLACEABLE = 2;
    private static final int FLAGS = SPECIFIC | REPLACEABLE;
    private final int[] words;
    private final int[] shingles;

    private ContentWords(int[] words, int[] shingles) {
        this.words = words;
        this.shingles = shingles;
    }

    /** Each distinct word once, as {@code hash << 2 | flags}, sorted by hash. */
    public int[] hashes() {
        return words.clone();
    }

    public int size() {
        return words.length;
    }

    /**
     * What near copies are looked up by ({@link MinHashBands}): the distinct pairs of consecutive content words, or
     * the words themselves when there are fewer than two. Pairs share far less by chance than words do (two
     * unrelated statements share "minister" and "cooperation", seldom a pair), while a near copy keeps most of them.
     */
    public int[] shingles() {
        return shingles.clone();
    }

    public static ContentWords of(String text) {
        return of(text, Lexicon.bundled());
    }

    public static ContentWords of(String text, Lexicon lexicon) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\u00ad", "").replace("\u200b", "");
        var words = new Collector(lexicon, isMostlyUpperCase(s));
        boolean sentenceStart = true;
        boolean afterInitial = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                sentenceStart |= c == '.' && !afterInitial || c == '!' || c == '?' || c == ':' || c == ';'
                        || c == '\n';
                i++;
                continue;
            }
            List<String> parts = new ArrayList<>(1);
            int start = i;
            while (i < s.length()) {
                char w = s.charAt(i);
                if (Character.isLetterOrDigit(w)) {
                    i++;
                } else if (isHyphen(w) && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1))) {
                    parts.add(s.substring(start, i));
                    start = ++i;
                } else {
                    break;
                }
            }
            parts.add(s.substring(start, i));
            afterInitial = i - start == 1 && Character.isUpperCase(s.charAt(start));
            for (String part : parts) {
                words.add(part, sentenceStart);
                sentenceStart = false;
            }
            if (parts.size() > 1 && parts.stream().allMatch(ContentWords::isLetters)) {
                words.addJoined(String.join("", parts));
            }
        }
        return new ContentWords(words.distinct(), words.shingles());
    }

    /** Gathers the hashes of a text's words, with their flags. */
    private static final class Collector {

        private final Lexicon lexicon;
        private final boolean caseless;
        private int[] found = new int[16];
        private int count;

        /** {@code caseless}: the text is written in capitals, which then tell nothing of names. */
        Collector(Lexicon lexicon, boolean caseless) {
            this.lexicon = lexicon;
            this.caseless = caseless;
        }

        /** A word as written, with whether it starts a sentence. */
        void add(String word, boolean sentenceStart) {
            String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
            int letters = 0;
            int upper = 0;
            boolean digit = false;
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                digit |= Character.isDigit(c);
                if (Character.isLetter(c)) {
                    letters++;
                    upper += Character.isUpperCase(c) ? 1 : 0;
                }
            }
            boolean capitalised = letters > 0 && Character.isUpperCase(word.charAt(0));
            boolean acronym = letters >= 2 && upper == letters;
            boolean initial = letters == 1 && upper == 1 && word.length() == 1 && !sentenceStart;
            boolean name = !caseless && (acronym || initial
                    || capitalised && !sentenceStart && !lexicon.isGenericCapitalised(lower));
            if (!digit && !name && (lower.length() < 2 || lexicon.stop().contains(lower))) {
                return;
            }
            put(lower, digit || name || lexicon.specific().contains(lower));
        }

        private static boolean isEnglish(String lower) {
            return lower.charAt(0) >= 'a' && lower.charAt(0) <= 'z';
        }

        /** A hyphenated compound written as one word, so that "co-operation" meets "cooperation". */
        void addJoined(String word) {
            put(word.toLowerCase(Locale.ROOT).replace('ё', 'е'), false);
        }

        private void put(String lower, boolean specific) {
            String stem = lexicon.canonical(WordStems.of(lower));
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            int flags = specific ? SPECIFIC : isEnglish(lower) ? REPLACEABLE : 0;
            found[count++] = hash(stem) << 2 | flags;
        }

        /** Hashes of consecutive pairs of the words in text order, each once; the words when fewer than two. */
        int[] shingles() {
            if (count < 2) {
                return Arrays.stream(found, 0, count).map(ContentWords::word).distinct().toArray();
            }
            int[] pairs = new int[count - 1];
            for (int k = 1; k < count; k++) {
                pairs[k - 1] = word(found[k - 1]) * 0x9E3779B1 + word(found[k]);
            }
            return Arrays.stream(pairs).distinct().toArray();
        }

        /** A word met twice: specific if specific in either place, replaceable only if replaceable in both. */
        private static int merge(int a, int b) {
            int specific = (a | b) & SPECIFIC;
            return (a & ~FLAGS) | (specific != 0 ? SPECIFIC : a & b & REPLACEABLE);
        }

        /** Sorted by hash, each hash once, its flags merged. */
        int[] distinct() {
            int[] sorted = Arrays.copyOf(found, count);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int word : sorted) {
                if (distinct > 0 && word(sorted[distinct - 1]) == word(word)) {
                    sorted[distinct - 1] = merge(sorted[distinct - 1], word);
                } else {
                    sorted[distinct++] = word;
                }
            }
            return Arrays.copyOf(sorted, distinct);
        }
    }

    private static boolean isMostlyUpperCase(String text) {
        int letters = 0;
        int upper = 0;
        for (int k = 0; k < text.length(); k++) {
            if (Character.isLetter(text.charAt(k))) {
                letters++;
                upper += Character.isUpperCase(text.charAt(k)) ? 1 : 0;
            }
        }
        return upper * 2 > letters;
    }

    private static boolean isLetters(String part) {
        return part.chars().allMatch(Character::isLetter);
    }

    /** True when the word behind a hash of {@link #hashes()} is a figure, a name or a specific word. */
    public static boolean isSpecific(int word) {
        return (word & SPECIFIC) != 0;
    }

    /**
     * True when the word may have been replaced by a synonym: a lower-case English word that is not specific.
     * English writes its names and figures with capitals and digits, so another lower-case word is most often the
     * same statement in other words; Russian does not (see {@code near-copies.yaml}).
     */
    public static boolean isReplaceable(int word) {
        return (word & REPLACEABLE) != 0;
    }

    /** Orders two words as {@link #hashes()} is sorted, ignoring their flags. */
    public static int compare(int a, int b) {
        return Integer.compare(a & ~FLAGS, b & ~FLAGS);
    }

    /** The word's hash without its flags: equal for the same word whatever its flags. */
    public static int word(int word) {
        return word >>> 2;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** A 30-bit hash of a word (FNV-1a over its characters, then mixed). */
    private static int hash(String word) {
        int h = 0x811c9dc5;
        for (int k = 0; k < word.length(); k++) {
            h ^= word.charAt(k);
            h *= 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h >>> 2;
    }
}
