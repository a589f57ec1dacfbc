package io.statewire.dedup.text;

/**
 * When two passages count as the same: equal exact fingerprints, or, for passages of at least
 * {@link #MIN_WORDS} words each, SimHashes at most {@link #MAX_DISTANCE} bits apart (Manku, Jain and Das Sarma,
 * WWW 2007). Shorter passages compare exactly only: in a passage of a few words one changed word makes another
 * statement, and on the labelled set 2% of such pairs of 6 to 10 words still land within 3 bits by chance
 * (see {@code NearDuplicateQualityTest}).
 */
public final class NearDuplicates {

    public static final int MAX_DISTANCE = 3;
    public static final int MIN_WORDS = 12;

    private NearDuplicates() {
    }

    public static boolean match(FingerprintedText a, FingerprintedText b) {
        return match(a.exact(), a.simhash(), a.words(), b.exact(), b.simhash(), b.words());
    }

    public static boolean match(String exactA, long simhashA, int wordsA, String exactB, long simhashB, int wordsB) {
        if (exactA.equals(exactB)) {
            return true;
        }
        return wordsA >= MIN_WORDS && wordsB >= MIN_WORDS
                && Fingerprints.hammingDistance(simhashA, simhashB) <= MAX_DISTANCE;
    }
}
