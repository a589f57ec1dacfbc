package io.statewire.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.dedup.text.ContentWords;
import io.statewire.dedup.text.MinHashBands;
import io.statewire.dedup.text.NearCopies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The generated paragraphs are all different, of realistic length, and no two are near copies by dedup-service's
 * own rule ({@link NearCopies}), looked up as the service does, through the pairs that share a band key.
 */
class ParagraphGeneratorTest {

    private static final int PARAGRAPHS = 20_000;

    @Test
    void twentyThousandParagraphsAreDistinctAndNoTwoAreNearRepeats() {
        ParagraphGenerator generator = new ParagraphGenerator(ParagraphGenerator.SEED);
        List<String> paragraphs = IntStream.range(0, PARAGRAPHS).mapToObj(generator::paragraph).toList();
        Set<String> distinct = new HashSet<>(paragraphs);
        assertThat(distinct).hasSize(PARAGRAPHS);
        assertThat(paragraphs).allSatisfy(p -> assertThat(p.length()).isBetween(150, 1_200));

        Map<Integer, List<Integer>> byBand = new HashMap<>();
        List<int[]> words = new ArrayList<>();
        double closest = 0;
        int nearCopies = 0;
        for (int i = 0; i < PARAGRAPHS; i++) {
            int[] these = ContentWords.of(paragraphs.get(i)).hashes();
            words.add(these);
            Set<Integer> candidates = new HashSet<>();
            for (int band : MinHashBands.of(these)) {
                List<Integer> earlier = byBand.computeIfAbsent(band, b -> new ArrayList<>());
                candidates.addAll(earlier);
                earlier.add(i);
            }
            for (int candidate : candidates) {
                NearCopies.Comparison comparison = NearCopies.compare(words.get(candidate), these);
                closest = Math.max(closest, comparison.similarity());
                nearCopies += comparison.repeat() ? 1 : 0;
            }
        }
        System.out.printf("most similar pair of %d paragraphs sharing a band: content-word Jaccard %.2f%n",
                PARAGRAPHS, closest);
        assertThat(nearCopies).isZero();
    }

    @Test
    void theSameSeedGivesTheSameParagraphs() {
        assertThat(new ParagraphGenerator(7).paragraph(1)).isEqualTo(new ParagraphGenerator(7).paragraph(1));
        assertThat(new ParagraphGenerator(7).paragraph(1)).isNotEqualTo(new ParagraphGenerator(8).paragraph(1));
    }
}
