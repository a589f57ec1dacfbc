package io.statewire.dedup.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.dedup.text.Fingerprints;
import org.junit.jupiter.api.Test;

class BandMatcherTest {

    private static final String PREFIX = "2:9f3a|";
    private static final long SIMHASH = 0x0123_4567_89ab_cdefL;

    @Test
    void aKeyWhoseSimHashIsWithinThreeBitsMayBeNear() {
        String key = PREFIX + Fingerprints.hex(SIMHASH ^ 0b1011) + "|p1";
        assertThat(BandMatcher.mayBeNear(key, PREFIX.length(), SIMHASH)).isTrue();
    }

    @Test
    void aKeyWhoseSimHashIsFourBitsAwayIsRuledOut() {
        String key = PREFIX + Fingerprints.hex(SIMHASH ^ 0b1111) + "|p1";
        assertThat(BandMatcher.mayBeNear(key, PREFIX.length(), SIMHASH)).isFalse();
    }

    @Test
    void aKeyWithoutSimHashIsLeftToItsValue() {
        assertThat(BandMatcher.mayBeNear(PREFIX + "5f2c0e9b7a1d4c3e8b6a2f1e0d9c8b7a", PREFIX.length(), SIMHASH)).isTrue();
        assertThat(BandMatcher.mayBeNear(PREFIX + "p1", PREFIX.length(), SIMHASH)).isTrue();
    }
}
