package io.statewire.dedup.text;

/** A passage's normalised text with its exact fingerprint, SimHash and word count. */
public record FingerprintedText(String normalized, String exact, long simhash, int words) {

    public static FingerprintedText of(String text) {
        String normalized = TextNormalizer.normalize(text);
        return new FingerprintedText(normalized, Fingerprints.exact(normalized), Fingerprints.simhash(normalized),
                Fingerprints.words(normalized).size());
    }
}
