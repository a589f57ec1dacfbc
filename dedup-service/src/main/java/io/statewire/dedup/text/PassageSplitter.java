package io.statewire.dedup.text;

import io.statewire.contracts.Passage;
import io.statewire.contracts.PressRelease;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a release into passages: its paragraphs in order, an overly long one split at sentence boundaries, each
 * piece numbered by its position in the release. Boilerplate pieces keep their position but are not returned.
 */
public final class PassageSplitter {

    /** A passage with the number of words of its normalised text. */
    public record Piece(Passage passage, int words) {
    }

    /** The passages of a release and how many boilerplate pieces were dropped. */
    public record Split(List<Piece> pieces, int boilerplate) {

        public List<Passage> passages() {
            return pieces.stream().map(Piece::passage).toList();
        }
    }

    private final BoilerplateFilter boilerplate;
    private final int maxChars;

    public PassageSplitter(BoilerplateFilter boilerplate, int maxChars) {
        this.boilerplate = boilerplate;
        this.maxChars = maxChars;
    }

    public Split split(PressRelease release) {
        List<Piece> pieces = new ArrayList<>();
        int position = 0;
        int dropped = 0;
        for (String paragraph : release.paragraphs()) {
            for (String piece : SentenceSplitter.split(paragraph.strip(), maxChars, release.language())) {
                FingerprintedText fingerprint = FingerprintedText.of(piece);
                if (boilerplate.isBoilerplate(fingerprint.normalized(), release.language())) {
                    dropped++;
                } else {
                    pieces.add(new Piece(new Passage(Passage.SCHEMA, fingerprint.exact(), release.releaseId(),
                            release.revision(), position, piece, Fingerprints.hex(fingerprint.simhash()),
                            release.source(), release.url(), release.title(), release.publishedAt(),
                            release.language()), fingerprint.words()));
                }
                position++;
            }
        }
        return new Split(pieces, dropped);
    }
}
