package io.statewire.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates paragraphs in the register of a foreign-ministry statement (three to five sentences of about 40 to 80
 * words) from a seed. Every sentence draws its words at random from a few hundred, so two paragraphs share no more
 * than chance does and dedup's near-repeat detection (SimHash over words, at most 3 bits apart) never takes one for
 * another; each paragraph also names its own number, so two paragraphs are never equal. Runs use {@link #SEED},
 * whose first 20,000 paragraphs {@code ParagraphGeneratorTest} checks pair by pair.
 */
final class ParagraphGenerator {

    /** The seed of every run's paragraphs (each run has its own cluster, so runs may repeat each other's texts). */
    static final long SEED = 42;

    private static final String[] SUBJECTS = words("""
            Ministry, delegation, minister, Our country, government, joint commission,
            working group, ambassador, special envoy, parliament, council, prime minister,
            spokeswoman, foreign office, negotiating team, embassy, consulate, secretariat,
            trade mission, regional authority, coastal administration, national bank,
            statistics office, research institute, customs service, energy agency""");
    private static final String[] VERBS = words("""
            welcomes, condemns, supports, reviews, questions, endorses, rejects, examines, proposes, announces,
            recalls, stresses, notes, urges, expects, regrets, appreciates, confirms, drafts, outlines, postpones,
            accelerates, monitors, finances, inspects, documents, evaluates, defends, restores, negotiates""");
    private static final String[] ADJECTIVES = words("""
            bilateral, regional, comprehensive, urgent, lasting, substantive, humanitarian, constructive, maritime,
            agricultural, industrial, cultural, scientific, financial, legal, technical, northern, southern, eastern,
            western, provisional, annual, strategic, practical, peaceful, renewed, limited, balanced, pragmatic,
            transparent, sovereign, collective, neighbouring, historic, reciprocal, coordinated, preliminary""");
    private static final String[] NOUNS = words("""
            agreement, dialogue, cooperation, settlement, ceasefire, corridor, pipeline, harbour, railway, treaty,
            memorandum, consultation, programme, reform, budget, tariff, quota, fishery, vaccine, hospital, school,
            university, archive, museum, festival, exhibition, satellite, reactor, grid, dam, bridge, border,
            checkpoint, visa regime, airline, shipyard, refinery, mine, forest, wetland, glacier, river basin,
            harvest, grain shipment, fertiliser supply, water supply, election, census, constitution, court ruling,
            investigation, sanction regime, embargo, loan, bond issue, credit line, investment fund, free trade zone,
            customs union, monitoring mission, peacekeeping force, refugee camp, reconstruction plan, housing project,
            youth exchange, language course, sports event, film week, patent office, data centre, cable link""");
    private static final String[] PLACES = words("""
            Arlonia, Belmora, Caspira, Dravonia, Estovar, Felmark, Gorvania, Halvoria, Istrana, Jorvik Islands,
            Kelmar, Lunaria, Morvania, Nordhaven, Ostrava Bay, Pelagia, Quorin, Rhodania, Selvaria, Tarvonia,
            Ulmara, Valdora, Westmarch, Xandria, Yarrow Coast, Zemlya Plains""");
    private static final String[] PREPOSITIONS = words("with, between, for, across, along, near, beyond, under, within");
    private static final String[] TIMES = words("""
            this week, next month, before December, in coming days, before summer, after talks, during autumn session,
            since last spring, within two years, at next summit, by Friday, until March""");

    private final Random random;

    ParagraphGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The next paragraph; {@code number} is named in it so that no two paragraphs are ever equal. */
    String paragraph(int number) {
        int sentences = 4 + random.nextInt(3);
        List<String> out = new ArrayList<>();
        out.add("Note " + number + ".");
        for (int i = 0; i < sentences; i++) {
            out.add(sentence());
        }
        return String.join(" ", out);
    }

    private String sentence() {
        StringBuilder sentence = new StringBuilder()
                .append(pick(SUBJECTS)).append(' ').append(pick(VERBS)).append(' ')
                .append(pick(ADJECTIVES)).append(' ').append(pick(NOUNS)).append(' ')
                .append(pick(PREPOSITIONS)).append(' ').append(pick(PLACES));
        if (random.nextBoolean()) {
            sentence.append(", ").append(pick(ADJECTIVES)).append(' ').append(pick(NOUNS));
        }
        if (random.nextBoolean()) {
            sentence.append(' ').append(pick(PREPOSITIONS)).append(' ').append(pick(ADJECTIVES)).append(' ')
                    .append(pick(NOUNS)).append(' ').append(pick(PLACES));
        }
        sentence.append(' ').append(pick(TIMES)).append('.');
        return sentence.toString();
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String[] words(String list) {
        return list.replaceAll("\\s+", " ").trim().split(" *, *");
    }
}
