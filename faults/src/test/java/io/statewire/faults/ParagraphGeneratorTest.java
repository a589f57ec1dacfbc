package io.statewire.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The generated paragraphs are all different, of realistic length, and no two are near repeats by dedup-service's
 * rule (64-bit SimHash over lower-cased words at most 3 bits apart; the SimHash below is the one of dedup-service's
 * {@code Fingerprints}, restated here because the suite sees the service only as a packaged process).
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

        long[] hashes = paragraphs.stream().mapToLong(ParagraphGeneratorTest::simhash).toArray();
        int closest = 64;
        for (int i = 0; i < hashes.length; i++) {
            for (int j = i + 1; j < hashes.length; j++) {
                closest = Math.min(closest, Long.bitCount(hashes[i] ^ hashes[j]));
            }
        }
        System.out.printf("closest SimHash pair of %d paragraphs: %d bits%n", PARAGRAPHS, closest);
        assertThat(closest).isGreaterThan(3);
    }

    @Test
    void theSameSeedGivesTheSameParagraphs() {
        assertThat(new ParagraphGenerator(7).paragraph(1)).isEqualTo(new ParagraphGenerator(7).paragraph(1));
        assertThat(new ParagraphGenerator(7).paragraph(1)).isNotEqualTo(new ParagraphGenerator(8).paragraph(1));
    }

    private static long simhash(String text) {
        int[] weights = new int[64];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            long hash = hash64(word);
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

    private static long hash64(String text) {
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
