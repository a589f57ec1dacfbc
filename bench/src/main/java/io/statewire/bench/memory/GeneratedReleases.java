package io.statewire.bench.memory;

import io.statewire.contracts.PressRelease;
import io.statewire.testing.SampleReleases;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The load of the memory benchmark: releases of generated prose in the register of foreign-ministry statements,
 * the same for one seed. Each paragraph is 25 to 60 words (under dedup's 1,200-character split, never boilerplate),
 * so every paragraph is one passage. From the second release on, the first paragraph repeats a paragraph of an
 * earlier release word for word, and one paragraph in twenty is an earlier one with one word changed.
 */
public final class GeneratedReleases {

    private static final String[] WORDS = ("the minister of foreign affairs held talks with his counterpart on "
            + "bilateral cooperation in trade energy transport culture education science security and the "
            + "situation in the region parties discussed preparations for the next meeting of the "
            + "intergovernmental commission stressed the importance of dialogue based on mutual respect and "
            + "international law welcomed progress in implementing agreements reached earlier expressed concern "
            + "over escalation called for restraint ceasefire humanitarian access negotiations sanctions "
            + "sovereignty territorial integrity peace process delegation embassy consulate visa regime "
            + "investment projects nuclear power plant gas pipeline grain corridor fertilisers shipping ports "
            + "railway customs tariffs currency settlements national currencies payment systems banking "
            + "united nations security council general assembly summit forum organisation charter resolution "
            + "statement spokeswoman briefing question answer journalists colleagues partners friends "
            + "neighbouring countries allies initiative proposal framework roadmap consultations working group "
            + "experts deputy ministers ambassadors heads of state government parliament election observers "
            + "terrorism extremism drug trafficking cybersecurity information space disinformation media "
            + "climate change environment water resources arctic antarctic space exploration tourism sport "
            + "youth exchanges universities museums anniversary victory memory history heritage compatriots "
            + "abroad rights freedoms minorities language religion churches dialogue among civilisations")
            .split(" ");

    private GeneratedReleases() {
    }

    /** {@code count} releases of {@code paragraphs} paragraphs each, ids {@code <prefix>:<n>}. */
    static List<PressRelease> generate(String prefix, int count, int paragraphs, long seed) {
        Random random = new Random(seed);
        List<String> written = new ArrayList<>();
        List<PressRelease> releases = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            String[] texts = new String[paragraphs];
            for (int p = 0; p < paragraphs; p++) {
                if (p == 0 && !written.isEmpty()) {
                    texts[p] = written.get(random.nextInt(written.size()));
                } else if (random.nextInt(20) == 0 && !written.isEmpty()) {
                    texts[p] = oneWordChanged(written.get(random.nextInt(written.size())), random);
                } else {
                    texts[p] = paragraph(random);
                    written.add(texts[p]);
                }
            }
            releases.add(SampleReleases.release(prefix + ":" + r, 1, texts));
        }
        return releases;
    }

    /** One paragraph of 25 to 60 words of generated prose, drawn from {@code random}. */
    public static String paragraph(Random random) {
        int words = 25 + random.nextInt(36);
        StringBuilder text = new StringBuilder();
        boolean sentenceStart = true;
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (sentenceStart) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            text.append(word);
            sentenceStart = w == words - 1 || random.nextInt(14) == 0;
            text.append(sentenceStart ? ". " : random.nextInt(9) == 0 ? ", " : " ");
        }
        return text.toString().trim();
    }

    private static String oneWordChanged(String text, Random random) {
        String[] words = text.split(" ");
        int at = random.nextInt(words.length);
        words[at] = WORDS[random.nextInt(WORDS.length)] + (words[at].endsWith(".") ? "." : "");
        return String.join(" ", words);
    }
}
