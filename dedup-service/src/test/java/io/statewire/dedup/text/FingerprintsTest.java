package io.statewire.dedup.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

    private static final String PARAGRAPH = "we discussed the situation in afghanistan and agreed to coordinate"
            + " our steps within the shanghai cooperation organisation and at the united nations";

    @Test
    void exactIs128BitsOfHex() {
        assertThat(Fingerprints.exact("text")).matches("[0-9a-f]{32}");
        assertThat(Fingerprints.exact("text")).isNotEqualTo(Fingerprints.exact("text."));
    }

    @Test
    void simhashOfOneChangedWordIsMuchCloserThanUnrelatedText() {
        long original = Fingerprints.simhash(PARAGRAPH);
        long edited = Fingerprints.simhash(PARAGRAPH.replace("agreed", "decided"));
        long unrelated = Fingerprints.simhash("the ministry announces the opening of a new consulate general in kazan"
                + " to serve citizens travelling to the volga region for trade and tourism");
        int near = Fingerprints.hammingDistance(original, edited);
        int far = Fingerprints.hammingDistance(original, unrelated);
        assertThat(near).isLessThan(far / 2);
        assertThat(far).isGreaterThan(16);
    }

    @Test
    void hexIsSixteenDigits() {
        assertThat(Fingerprints.hex(1L)).isEqualTo("0000000000000001");
        assertThat(Fingerprints.hex(Fingerprints.simhash(PARAGRAPH))).matches("[0-9a-f]{16}");
    }
}
