package io.statewire.classify.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LimitTest {

    @Test
    void absentMeansTheDefault() {
        assertThat(Limit.parse(null)).isEqualTo(50);
        assertThat(Limit.parse("")).isEqualTo(50);
    }

    @Test
    void takesWholeNumbersFromOneToTheMaximum() {
        assertThat(Limit.parse("1")).isEqualTo(1);
        assertThat(Limit.parse(" 20 ")).isEqualTo(20);
        assertThat(Limit.parse("1000")).isEqualTo(1000);
    }

    @Test
    void refusesAnythingElseSayingWhatIsExpected() {
        for (String bad : new String[] {"0", "-3", "1001", "ten", "2.5", "99999999999"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> Limit.parse(bad))
                    .withMessage("limit must be a whole number from 1 to 1000, was '" + bad + "'");
        }
    }
}
