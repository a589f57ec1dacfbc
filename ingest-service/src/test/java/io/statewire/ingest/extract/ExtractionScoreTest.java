package io.statewire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExtractionScoreTest {

    @Test
    void tokenF1CountsSharedWordsRegardlessOfCaseAndPunctuation() {
        assertThat(ExtractionScore.tokenF1("The talks, the TALKS.", "the talks the talks")).isEqualTo(1.0);
        // 2 of 4 extracted tokens are right (precision 0.5), 2 of 2 expected are found (recall 1)
        assertThat(ExtractionScore.tokenF1("talks held menu home", "talks held")).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(ExtractionScore.tokenF1("", "talks")).isZero();
        assertThat(ExtractionScore.tokenF1("", "")).isEqualTo(1.0);
    }

    @Test
    void titlesMatchUpToCaseAndSpacingAndNoTitleMatchesAnEmptyOne() {
        assertThat(ExtractionScore.sameTitle("Talks in  Astana", " talks in astana")).isTrue();
        assertThat(ExtractionScore.sameTitle("Talks in Astana", "Talks in Almaty")).isFalse();
        assertThat(ExtractionScore.sameTitle("", null)).isTrue();
        assertThat(ExtractionScore.sameTitle("Talks", null)).isFalse();
    }
}
