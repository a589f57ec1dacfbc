package io.statewire.dedup.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a 64-bit SimHash into {@value #COUNT} bands of 16 bits. Two SimHashes at most 3 bits apart agree on at
 * least one band (pigeonhole: 3 differing bits touch at most 3 of 4 bands), so looking a passage up under each of
 * its band values finds every near-duplicate candidate.
 */
public final class Bands {

    public static final int COUNT = 4;
    private static final int BITS = 64 / COUNT;

    private Bands() {
    }

    /** Index keys of the bands, e.g. {@code 2:9f3a}. */
    public static List<String> keys(long simhash) {
        List<String> keys = new ArrayList<>(COUNT);
        for (int band = 0; band < COUNT; band++) {
            keys.add(key(band, simhash));
        }
        return keys;
    }

    public static String key(int band, long simhash) {
        return band + ":" + String.format("%04x", (simhash >>> (band * BITS)) & 0xffff);
    }
}
