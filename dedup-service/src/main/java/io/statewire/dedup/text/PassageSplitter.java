package io.statewire.dedup.text;

import io.statewire.contracts.Passage;
import io.statewire.contracts.PressRelease;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a release into candidate passages: one per non-blank paragraph, in page order, with the position
 * of the paragraph and the fingerprints of its normalised text.
 */
public final class PassageSplitter {

    private PassageSplitter() {
    }

    public static List<Passage> split(PressRelease release) {
        List<Passage> passages = new ArrayList<>();
        List<String> paragraphs = release.paragraphs();
        for (int position = 0; position < paragraphs.size(); position++) {
            String text = paragraphs.get(position).strip();
            String normalized = TextNormalizer.normalize(text);
            if (normalized.isEmpty()) {
                continue;
            }
            passages.add(new Passage(Passage.SCHEMA, Fingerprints.exact(normalized), release.releaseId(),
                    release.revision(), position, text, Fingerprints.hex(Fingerprints.simhash(normalized)),
                    release.source(), release.url(), release.title(), release.publishedAt(), release.language()));
        }
        return passages;
    }
}
