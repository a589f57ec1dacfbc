package io.statewire.dedup.topology;

import java.util.Arrays;

/**
 * The keys written so far, approximately (a Bloom filter of ten bits a key, three probes): {@link #add} says
 * whether a key is new for certain or may have been written before. Consumes keys as bytes; keeps about 1.25 bytes
 * a key for the expected number of keys (at least 64 KiB), for the length of one rebuild of the local indexes.
 */
final class WrittenKeys {

    private static final int PROBES = 3;
    private final long[] bits;

    WrittenKeys(long expectedKeys) {
        long words = Math.max(8_192, Math.min(Integer.MAX_VALUE - 8, expectedKeys * 10 / Long.SIZE + 1));
        this.bits = new long[(int) words];
    }

    /** Records {@code key}; true when it was certainly not recorded before, false when it may have been. */
    boolean add(byte[] key) {
        long hash = hash(key);
        long size = (long) bits.length * Long.SIZE;
        boolean isNew = false;
        for (int probe = 0; probe < PROBES; probe++) {
            long bit = Math.floorMod(hash + probe * (hash >>> 32 | 1), size);
            int word = (int) (bit >>> 6);
            long mask = 1L << (bit & 63);
            isNew |= (bits[word] & mask) == 0;
            bits[word] |= mask;
        }
        return isNew;
    }

    private static long hash(byte[] key) {
        long h = 0x9E3779B97F4A7C15L ^ Arrays.hashCode(key);
        for (byte b : key) {
            h = (h ^ (b & 0xff)) * 0x100000001B3L;
        }
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 29);
    }
}
