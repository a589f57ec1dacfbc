package io.statewire.classify.taxonomy;

import io.statewire.classify.match.Phrase;
import io.statewire.classify.match.PhraseHit;
import io.statewire.classify.match.PhraseIndex;
import io.statewire.classify.text.AnalyzedText;
import io.statewire.contracts.TopicTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tags an analysed text with the topics of one {@link Taxonomy}. Every phrase of every rule is found in one pass
 * over the tokens; a topic's score is the noisy-or over the distinct phrases found by its rules that fire,
 * {@code 1 - (1 - w1)(1 - w2)…} with each rule's weight once per distinct {@code any} phrase found, and the
 * topic is tagged when the score reaches its threshold (and, beside a certain topic, the taxonomy's secondary
 * minimum: {@link Taxonomy.Secondary}). The evidence is every wording the fired rules matched, in
 * text order. Immutable, thread-safe.
 */
public final class TopicTagger {

    /** One phrase of one rule of a topic; its id indexes what a text matched. */
    private record Slot(int id, int topic) {
    }

    private record CompiledRule(int topic, TopicRule rule, int[] any, int[] all, int[] none) {
    }

    private final Taxonomy taxonomy;
    private final List<CompiledRule> rules = new ArrayList<>();
    private final PhraseIndex<Slot> index = new PhraseIndex<>();
    private int slotCount;

    public TopicTagger(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (int topic = 0; topic < taxonomy.topics().size(); topic++) {
            for (TopicRule rule : taxonomy.topics().get(topic).rules()) {
                rules.add(new CompiledRule(topic, rule, slotsOf(rule.any(), topic), slotsOf(rule.all(), topic),
                        slotsOf(rule.none(), topic)));
            }
        }
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The topics of a text that names {@code places} distinct countries. */
    public List<TopicTag> tag(AnalyzedText text, int places) {
        List<PhraseHit<Slot>> hits = index.findAll(text);
        boolean[] matched = new boolean[slotCount];
        hits.forEach(hit -> matched[hit.value().id()] = true);
        double[] miss = new double[taxonomy.topics().size()];
        Arrays.fill(miss, 1.0);
        boolean[] evidence = new boolean[slotCount];
        for (CompiledRule rule : rules) {
            int anyFound = count(rule.any(), matched);
            boolean fires = rule.rule().placesWithin(places) && count(rule.none(), matched) == 0
                    && count(rule.all(), matched) == rule.all().length && (rule.any().length == 0 || anyFound > 0);
            if (fires) {
                miss[rule.topic()] *= Math.pow(1 - rule.rule().weight(), Math.max(1, anyFound));
                markAll(rule.any(), evidence);
                markAll(rule.all(), evidence);
            }
        }
        List<TopicTag> tags = new ArrayList<>();
        for (int topic = 0; topic < miss.length; topic++) {
            TopicDefinition definition = taxonomy.topics().get(topic);
            double score = Math.round((1 - miss[topic]) * 1000) / 1000.0;
            if (miss[topic] < 1 && score >= definition.threshold()) {
                tags.add(new TopicTag(definition.code(), definition.cap(), definition.label(), score,
                        evidence(topic, hits, evidence, text)));
            }
        }
        tags.sort(Comparator.comparingDouble(TopicTag::score).reversed());
        double top = tags.isEmpty() ? 0 : tags.get(0).score();
        tags.removeIf(tag -> !taxonomy.secondary().keeps(tag.code(), tag.score(), top));
        return tags;
    }

    /** Every distinct wording that a fired rule of the topic matched, in text order. */
    private static List<String> evidence(int topic, List<PhraseHit<Slot>> hits, boolean[] evidence,
            AnalyzedText text) {
        Set<String> words = new LinkedHashSet<>();
        for (PhraseHit<Slot> hit : hits) {
            if (hit.value().topic() == topic && evidence[hit.value().id()]) {
                words.add(text.wordSpan(hit.first(), hit.last()));
            }
        }
        return List.copyOf(words);
    }

    private static int count(int[] slots, boolean[] matched) {
        int found = 0;
        for (int slot : slots) {
            if (matched[slot]) {
                found++;
            }
        }
        return found;
    }

    private static void markAll(int[] slots, boolean[] marks) {
        for (int slot : slots) {
            marks[slot] = true;
        }
    }

    private int[] slotsOf(List<Phrase> phrases, int topic) {
        int[] ids = new int[phrases.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = slotCount++;
            index.add(new Slot(ids[i], topic), phrases.get(i));
        }
        return ids;
    }
}
