package io.statewire.dedup.text;

import java.util.HashMap;
import java.util.Map;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The stem of a lower-case word, so that forms of one word compare equal ("переговоры", "переговоров"; "talks",
 * "talk"): Snowball's Russian stemmer for Cyrillic words, its English one for Latin words, British and American
 * spellings folded ("organis"/"organiz", "labour"/"labor"); other words as they are. One instance per thread:
 * the stemmers keep state. Each thread remembers the stems of up to {@value #REMEMBERED} words (a passage's words
 * are mostly words met before), then starts afresh.
 */
final class WordStems {

    static final int REMEMBERED = 100_000;
    private static final ThreadLocal<WordStems> PER_THREAD = ThreadLocal.withInitial(WordStems::new);
    private final Map<String, String> remembered = new HashMap<>();
    private final SnowballStemmer english = new EnglishStemmer();
    private final SnowballStemmer russian = new RussianStemmer();

    private WordStems() {
    }

    static String of(String lowerCaseWord) {
        return PER_THREAD.get().remembered(lowerCaseWord);
    }

    private String remembered(String word) {
        String stem = remembered.get(word);
        if (stem == null) {
            if (remembered.size() >= REMEMBERED) {
                remembered.clear();
            }
            stem = stem(word);
            remembered.put(word, stem);
        }
        return stem;
    }

    private String stem(String word) {
        char first = word.charAt(0);
        if (Character.UnicodeBlock.of(first) == Character.UnicodeBlock.CYRILLIC) {
            return run(russian, word);
        }
        if (first >= 'a' && first <= 'z') {
            String stem = run(english, word).replace("iz", "is");
            return stem.endsWith("our") && stem.length() > 4 ? stem.substring(0, stem.length() - 2) + "r" : stem;
        }
        return word;
    }

    private static String run(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
