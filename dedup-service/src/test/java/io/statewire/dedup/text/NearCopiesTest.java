package io.statewire.dedup.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.dedup.text.NearCopies.Reason;
import org.junit.jupiter.api.Test;

/** The near-copy rule on single pairs: each reason a pair is, or is not, a repeat. */
class NearCopiesTest {

    private static final String TALKS = "The ministers reviewed the supply of crude oil through the pipeline and agreed "
            + "to prepare an agreement on the joint development of offshore fields in the north.";
    private static final String CONDOLENCES = "We express our deepest condolences to the people and Government of Türkiye "
            + "in connection with the devastating earthquake, which has claimed many lives.";
    private static final String DECREE = "Министр имеет заместителей, назначаемых на должность и освобождаемых от "
            + "должности по представлению председателя комиссии по вопросам гражданства.";

    @Test
    void typographyCaseHyphensAndStemsMakeNoDifference() {
        assertRepeat(TALKS, TALKS.toUpperCase().replace("OFFSHORE", "OFF-SHORE").replace(",", " ,"));
        assertRepeat(TALKS, TALKS.replace("fields", "field").replace("ministers", "minister"));
        assertRepeat(DECREE, DECREE.replace("е", "ё").replace("назначаемых", "на\u00adзна\u00adча\u00adемых"));
    }

    @Test
    void anEnglishWordReplacedOrAddedIsANearCopy() {
        assertRepeat(TALKS, TALKS.replace("prepare", "draft"));
        assertRepeat(TALKS, TALKS.replace("the joint development", "the future joint development"));
        assertRepeat(TALKS, TALKS.replace(" in the north", ""));
    }

    @Test
    void aSynonymOfTheListIsTheSameWordInRussian() {
        assertRepeat(DECREE, DECREE.replace("представлению", "представлению, как говорится в документе,"));
        assertThat(compare(DECREE, DECREE.replace("по вопросам гражданства", "по вопросам помилования")).reason())
                .isEqualTo(Reason.WORD_REPLACED);
    }

    @Test
    void aNamePlaceNumberDateOrStanceThatDiffersMakesAnotherStatement() {
        assertThat(compare(CONDOLENCES, CONDOLENCES.replace("Türkiye", "Morocco")).reason())
                .isEqualTo(Reason.DIFFERENT_SPECIFICS);
        assertThat(compare(TALKS, TALKS.replace("offshore fields", "two offshore fields")).reason())
                .isEqualTo(Reason.DIFFERENT_SPECIFICS);
        assertThat(compare(TALKS, TALKS.replace("agreed", "did not agree")).reason())
                .isEqualTo(Reason.DIFFERENT_SPECIFICS);
        assertThat(compare(TALKS, TALKS + " The talks were held on 3 March.").reason())
                .isEqualTo(Reason.DIFFERENT_SPECIFICS);
        assertThat(compare("Appointed: S. A. Ivanov, head of the department of trade and investment policy.",
                "Appointed: S. V. Ivanov, head of the department of trade and investment policy.").reason())
                .as("another initial").isEqualTo(Reason.DIFFERENT_SPECIFICS);
    }

    @Test
    void shortOrDissimilarPassagesAreNotNearCopies() {
        assertThat(compare("We support the resolution.", "We support the draft resolution.").reason())
                .isEqualTo(Reason.TOO_SHORT);
        assertThat(compare(TALKS, CONDOLENCES).reason()).isEqualTo(Reason.DISSIMILAR);
    }

    private static void assertRepeat(String earlier, String later) {
        NearCopies.Comparison comparison = compare(earlier, later);
        assertThat(comparison.repeat()).as(comparison + ": " + later).isTrue();
        assertThat(comparison.similarity()).isBetween(NearCopies.MIN_SIMILARITY, 1.0);
    }

    private static NearCopies.Comparison compare(String earlier, String later) {
        return NearCopies.compare(ContentWords.of(earlier), ContentWords.of(later));
    }
}
