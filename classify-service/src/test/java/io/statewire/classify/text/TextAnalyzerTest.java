package io.statewire.classify.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

class TextAnalyzerTest {

    private static String snowball(org.tartarus.snowball.SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    @Test
    void tokensAreStemmedByTheirScriptAndPossessivesAndYoAreNormalised() {
        AnalyzedText text = TextAnalyzer.analyze("Lavrov's sanctions: объединённых наций");
        assertThat(text.surface()).containsExactly("Lavrov", "sanctions", "объединённых", "наций");
        assertThat(text.stem()).containsExactly("lavrov", "sanction", snowball(new RussianStemmer(), "объединенных"),
                snowball(new RussianStemmer(), "наций"));
    }

    @Test
    void stemsStayRightWhenTheRememberedWordsOverflowAndWordsComeBack() {
        EnglishStemmer reference = new EnglishStemmer();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < TextAnalyzer.CACHED_WORDS + 500; i++) {
                String word = "negotiating" + Integer.toString(i, 26).replaceAll("\\d", "x");
                assertThat(TextAnalyzer.stem(word)).isEqualTo(snowball(reference, word));
            }
        }
        assertThat(TextAnalyzer.stem("Negotiations")).isEqualTo("negoti").isEqualTo(TextAnalyzer.stem("negotiations"));
    }
}
