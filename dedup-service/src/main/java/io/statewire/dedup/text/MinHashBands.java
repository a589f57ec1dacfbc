package io.statewire.dedup.text;

/**
 * Locality-sensitive band keys of a set (Broder's MinHash, banded): {@value #HASHES} min-hashes in
 * {@value #BANDS} bands of {@value #ROWS}. Two sets share at least one band key with probability
 * {@code 1 - (1 - J^4)^16} for their Jaccard similarity J: 0.99 at J = 0.7, 0.89 at 0.6, 0.12 at 0.3 and
 * 1.6e-3 at 0.1. Over the pairs of consecutive words of a passage ({@link ContentWords#shingles()}), looking a
 * passage up under its band keys finds its near copies among everything stored, and few unrelated passages to
 * confirm.
 */
public final class MinHashBands {

    public static final int BANDS = 16;
    public static final int ROWS = 4;
    static final int HASHES = BANDS * ROWS;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            seed = mix(seed + 0x9E3779B97F4A7C15L);
            SEEDS[i] = seed;
        }
    }

    private MinHashBands() {
    }

    /** The band keys of a set of hashes ({@link ContentWords#shingles()}); none for an empty set. */
    public static int[] of(int[] shingles) {
        if (shingles.length == 0) {
            return new int[0];
        }
        int[] bands = new int[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                long seed = SEEDS[band * ROWS + row];
                long min = Long.MAX_VALUE;
                for (int shingle : shingles) {
                    min = Math.min(min, mix(shingle ^ seed) >>> 1);
                }
                key = mix(key * 31 + min);
            }
            bands[band] = (int) key;
        }
        return bands;
    }

    /** Stafford's variant 13 of the 64-bit finaliser of MurmurHash3. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
