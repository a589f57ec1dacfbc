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

    /** The passages of a release and how many boilerplate pieces were dropped. */
    public record Split(List<Passage> passages, int boilerplate) {
    }

    private final BoilerplateFilter boilerplate;
    private final int maxChars;

    public PassageSplitter(BoilerplateFilter boilerplate, int maxChars) {
        this.boilerplate = boilerplate;
        this.maxChars = maxChars;
    }

    public Split split(PressRelease release) {
        List<Passage> passages = new ArrayList<>();
        int position = 0;
        int dropped = 0;
        for (String paragraph : release.paragraphs()) {
            for (String piece : SentenceSplitter.split(paragraph.strip(), maxChars, release.language())) {
                String normalized = TextNormalizer.normalize(piece);
                if (boilerplate.isBoilerplate(normalized, release.language())) {
                    dropped++;
                } else {
                    passages.add(new Passage(Passage.SCHEMA, Fingerprints.exact(normalized), release.releaseId(),
                            release.revision(), position, piece, Fingerprints.hex(Fingerprints.simhash(normalized)),
                            release.source(), release.url(), release.title(), release.publishedAt(),
                            release.language()));
                }
                position++;
            }
        }
        return new Split(List.copyOf(passages), dropped);
    }
}
