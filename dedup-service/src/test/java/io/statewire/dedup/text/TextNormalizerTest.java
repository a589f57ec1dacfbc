package io.statewire.dedup.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void foldsQuotesDashesSpacesAndCase() {
        assertThat(TextNormalizer.normalize("  «Bhutto-Zardari» — said:\u00a0\u201cYes\u201d  "))
                .isEqualTo(TextNormalizer.normalize("\"bhutto zardari\" - said: \"yes\""));
    }

    @Test
    void appliesNfkc() {
        assertThat(TextNormalizer.normalize("ﬁnal １２")).isEqualTo("final 12");
    }

    @Test
    void readsYoAsYe() {
        assertThat(TextNormalizer.normalize("Объединённых Наций, Ёлки"))
                .isEqualTo(TextNormalizer.normalize("Объединенных Наций, Елки"));
    }

    @Test
    void keepsCyrillic() {
        assertThat(TextNormalizer.normalize("Продолжение  СЛЕДУЕТ")).isEqualTo("продолжение следует");
    }
}
