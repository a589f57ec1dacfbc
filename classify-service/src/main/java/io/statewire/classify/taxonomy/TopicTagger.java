package io.statewire.classify.taxonomy;

import io.statewire.classify.match.Phrase;
import io.statewire.classify.match.PhraseHit;
import io.statewire.classify.match.PhraseIndex;
import io.statewire.classify.text.AnalyzedText;
import io.statewire.contracts.TopicTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashSet;
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

    private record CompiledRule(int topic, TopicRule rule, int[] any, int[] all, int[] none) {
    }

    private final Taxonomy taxonomy;
    private final List<CompiledRule> rules = new ArrayList<>();
    /** Each phrase of each rule has a slot (numbered from 0), which records whether it occurred in a text. */
    private int slotCount;
    private final PhraseIndex<Integer> index = new PhraseIndex<>();
    /** The topic of each slot. */
    private final List<Integer> slotTopics = new ArrayList<>();
    private final int[] slotTopic;

    public TopicTagger(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (int topic = 0; topic < taxonomy.topics().size(); topic++) {
            for (TopicRule rule : taxonomy.topics().get(topic).rules()) {
                rules.add(new CompiledRule(topic, rule, slotsOf(rule.any(), topic),
                        slotsOf(rule.all(), topic), slotsOf(rule.none(), topic)));
            }
        }
        slotTopic = slotTopics.stream().mapToInt(Integer::intValue).toArray();
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The topics of a text that names {@code places} distinct countries. */
    public List<TopicTag> tag(AnalyzedText text, int places) {
        List<PhraseHit<Integer>> hits = index.findAll(text);
        PhraseHit<?>[] firstHit = new PhraseHit<?>[slotCount];
        for (PhraseHit<Integer> hit : hits) {
            if (firstHit[hit.value()] == null) {
                firstHit[hit.value()] = hit;
            }
        }
        double[] miss = new double[taxonomy.topics().size()];
        Arrays.fill(miss, 1.0);
        boolean[] evidenceSlot = new boolean[slotCount];
        for (CompiledRule rule : rules) {
            if (!rule.rule().placesWithin(places) || !fires(rule, firstHit)) {
                continue;
            }
            miss[rule.topic()] *= Math.pow(1 - rule.rule().weight(), Math.max(1, found(rule.any(), firstHit)));
            markAll(rule.any(), evidenceSlot);
            markAll(rule.all(), evidenceSlot);
        }
        List<TopicTag> tags = new ArrayList<>();
        for (int topic = 0; topic < miss.length; topic++) {
            TopicDefinition definition = taxonomy.topics().get(topic);
            double score = Math.round((1 - miss[topic]) * 1000) / 1000.0;
            if (miss[topic] < 1 && score >= definition.threshold()) {
                tags.add(new TopicTag(definition.code(), definition.cap(), definition.label(), score,
                        evidence(topic, hits, evidenceSlot, text)));
            }
        }
        tags.sort(Comparator.comparingDouble(TopicTag::score).reversed());
        double top = tags.isEmpty() ? 0 : tags.get(0).score();
        tags.removeIf(tag -> !taxonomy.secondary().keeps(tag.code(), tag.score(), top));
        return tags;
    }

    /** Every distinct wording that a fired rule of the topic matched, in text order. */
    private List<String> evidence(int topic, List<PhraseHit<Integer>> hits, boolean[] evidenceSlot,
            AnalyzedText text) {
        Set<String> words = new LinkedHashSet<>();
        for (PhraseHit<Integer> hit : hits) {
            if (evidenceSlot[hit.value()] && slotTopic[hit.value()] == topic) {
                words.add(text.wordSpan(hit.first(), hit.last()));
            }
        }
        return List.copyOf(words);
    }

    private static void markAll(int[] ruleSlots, boolean[] marks) {
        for (int slot : ruleSlots) {
            marks[slot] = true;
        }
    }

    private static boolean fires(CompiledRule rule, PhraseHit<?>[] firstHit) {
        for (int slot : rule.none()) {
            if (firstHit[slot] != null) {
                return false;
            }
        }
        for (int slot : rule.all()) {
            if (firstHit[slot] == null) {
                return false;
            }
        }
        if (rule.any().length == 0) {
            return true;
        }
        for (int slot : rule.any()) {
            if (firstHit[slot] != null) {
                return true;
            }
        }
        return false;
    }

    private static int found(int[] ruleSlots, PhraseHit<?>[] firstHit) {
        int found = 0;
        for (int slot : ruleSlots) {
            if (firstHit[slot] != null) {
                found++;
            }
        }
        return found;
    }

    private int[] slotsOf(List<Phrase> phrases, int topic) {
        int[] ids = new int[phrases.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = slotCount++;
            slotTopics.add(topic);
            index.add(ids[i], phrases.get(i));
        }
        return ids;
    }
}
