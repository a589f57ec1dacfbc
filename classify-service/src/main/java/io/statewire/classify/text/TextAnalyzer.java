package io.statewire.classify.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Splits English and Russian text into word tokens (Lucene's StandardTokenizer, Unicode word boundaries, so
 * "counter-terrorism" gives "counter" and "terrorism") and stems each token with the Snowball stemmer of its
 * script: Russian for Cyrillic words, English otherwise. Possessive endings are dropped and ё is read as е, so
 * "Lavrov's" stems like "Lavrov" and "объединённых" like "объединенных". Each thread remembers the lower-cased
 * form and stem of up to {@value #CACHED_WORDS} words as written (press texts repeat their words; the memory is
 * emptied when full), so a word already met costs one hash look-up instead of lower-casing and a Snowball run.
 * Thread-safe.
 */
public final class TextAnalyzer {

    private static final Analyzer TOKENIZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    static final int CACHED_WORDS = 10_000;

    private static final ThreadLocal<Words> WORDS = ThreadLocal.withInitial(Words::new);

    private TextAnalyzer() {
    }

    public static AnalyzedText analyze(String text) {
        Growing tokens = new Growing();
        Words words = WORDS.get();
        try (TokenStream stream = TOKENIZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String surface = withoutPossessive(term.toString());
                Word word = words.of(surface);
                tokens.add(surface, word.lower(), word.stem(), offset.startOffset(),
                        offset.startOffset() + surface.length());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return tokens.toText(text);
    }

    /** The stem of a single word, as {@link #analyze} would give it. */
    public static String stem(String word) {
        return WORDS.get().of(word).stem();
    }

    /** Lower case, ё read as е and a typographic apostrophe as a plain one. */
    public static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\'');
    }

    private static String withoutPossessive(String token) {
        int length = token.length();
        if (length > 2 && (token.charAt(length - 1) == 's' || token.charAt(length - 1) == 'S')) {
            char apostrophe = token.charAt(length - 2);
            if (apostrophe == '\'' || apostrophe == '’') {
                return token.substring(0, length - 2);
            }
        }
        return token;
    }

    private record Word(String lower, String stem) {
    }

    private static final class Words {
        private final SnowballStemmer english = new EnglishStemmer();
        private final SnowballStemmer russian = new RussianStemmer();
        private final Map<String, Word> recent = new HashMap<>();

        Word of(String surface) {
            Word word = recent.get(surface);
            if (word == null) {
                String lower = normalise(surface);
                word = new Word(lower, snowball(lower));
                if (recent.size() >= CACHED_WORDS) {
                    recent.clear();
                }
                recent.put(surface, word);
            }
            return word;
        }

        private String snowball(String lower) {
            SnowballStemmer stemmer = isCyrillic(lower) ? russian : english;
            stemmer.setCurrent(lower);
            stemmer.stem();
            return stemmer.getCurrent();
        }

        private static boolean isCyrillic(String word) {
            return !word.isEmpty() && Character.UnicodeBlock.of(word.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
        }
    }

    private static final class Growing {
        private String[] surface = new String[64];
        private String[] lower = new String[64];
        private String[] stem = new String[64];
        private int[] start = new int[64];
        private int[] end = new int[64];
        private int size;

        void add(String surfaceForm, String lowerForm, String stemForm, int from, int to) {
            if (size == surface.length) {
                int capacity = size * 2;
                surface = Arrays.copyOf(surface, capacity);
                lower = Arrays.copyOf(lower, capacity);
                stem = Arrays.copyOf(stem, capacity);
                start = Arrays.copyOf(start, capacity);
                end = Arrays.copyOf(end, capacity);
            }
            surface[size] = surfaceForm;
            lower[size] = lowerForm;
            stem[size] = stemForm;
            start[size] = from;
            end[size] = to;
            size++;
        }

        AnalyzedText toText(String text) {
            return new AnalyzedText(text, Arrays.copyOf(surface, size), Arrays.copyOf(lower, size),
                    Arrays.copyOf(stem, size), Arrays.copyOf(start, size), Arrays.copyOf(end, size));
        }
    }
}
