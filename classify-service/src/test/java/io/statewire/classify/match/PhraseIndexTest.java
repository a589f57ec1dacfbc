package io.statewire.classify.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statewire.classify.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {

    private static List<String> found(PhraseIndex<String> index, String text) {
        var analyzed = TextAnalyzer.analyze(text);
        return index.findAll(analyzed).stream().map(hit -> analyzed.span(hit.first(), hit.last())).toList();
    }

    @Test
    void plainWordsMatchByStemInAnyCaseAndHyphenatedWordsSplit() {
        var index = new PhraseIndex<String>().add("t", Phrase.parse("terrorist"));
        assertThat(found(index, "Terrorists struck; anti-terrorist units and a terrorist cell"))
                .containsExactly("Terrorists", "terrorist", "terrorist");
    }

    @Test
    void aWordMetBeforeStillFindsPhrasesAddedSince() {
        var index = new PhraseIndex<String>().add("t", Phrase.parse("terrorist"));
        assertThat(found(index, "terrorist attacks")).containsExactly("terrorist");
        index.add("a", Phrase.parse("terrorist attacks")).add("p", Phrase.parse("террор*"));
        assertThat(found(index, "terrorist attacks, террористы")).containsExactly("terrorist", "terrorist attacks",
                "террористы");
    }

    @Test
    void prefixesMatchInflectedRussianWords() {
        var index = new PhraseIndex<String>().add("t", Phrase.parse("террор*"));
        assertThat(found(index, "о террористическом акте и терроризме; Терроризм"))
                .containsExactly("террористическом", "терроризме", "Терроризм");
    }

    @Test
    void russianStemsIgnoreCaseEndingsAndTheLetterYo() {
        var index = new PhraseIndex<String>().add("un", Phrase.parse("Организация Объединённых Наций"));
        assertThat(found(index, "в Организации Объединенных Наций")).containsExactly("Организации Объединенных Наций");
    }

    @Test
    void acronymsAndExactWordsMatchOnlyAsWritten() {
        var index = new PhraseIndex<String>().add("UN", Phrase.parse("UN")).add("WHO", Phrase.parse("WHO"))
                .add("TG", Phrase.parse("=Того"));
        assertThat(found(index, "The UN and WHO, who un-did it; Того и того")).containsExactly("UN", "WHO", "Того");
    }

    @Test
    void multiWordPhrasesNeedConsecutiveTokensAndPossessivesAreDropped() {
        var index = new PhraseIndex<String>().add("s", Phrase.parse("Sergey Lavrov"));
        assertThat(found(index, "Sergey Lavrov’s remarks; Sergey said Lavrov")).containsExactly("Sergey Lavrov");
    }

    @Test
    void longestMatchWinsOverANameInsideIt() {
        var index = new PhraseIndex<String>().add("GN", Phrase.parse("=Guinea"))
                .add("PG", Phrase.parse("Papua New Guinea"));
        var text = TextAnalyzer.analyze("Papua New Guinea and Guinea");
        assertThat(index.findLongest(text)).extracting(PhraseHit::value).containsExactly("PG", "GN");
        assertThat(index.findAll(text)).extracting(PhraseHit::value).containsExactly("PG", "GN", "GN");
    }

    @Test
    void badPhrasesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Phrase.parse(" ")).hasMessage("empty phrase");
        assertThatThrownBy(() -> Phrase.parse("te*")).hasMessageContaining("must end in a word of at least 3 letters");
        assertThatThrownBy(() -> Phrase.parse("= ")).hasMessageContaining("has no word");
        assertThatThrownBy(() -> Phrase.parse("=Тог*")).hasMessageContaining("both exact and a prefix");
    }
}
