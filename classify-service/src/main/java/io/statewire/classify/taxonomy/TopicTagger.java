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
import java.util.TreeMap;

/**
 * Tags an analysed text with the topics of one {@link Taxonomy}. Every phrase of every rule is found in one pass
 * over the tokens; a topic's score is the noisy-or over the distinct phrases found by its rules that fire,
 * {@code 1 - (1 - w1)(1 - w2)…} with each rule's weight once per distinct {@code any} phrase found, and the
 * topic is tagged when the score reaches its threshold. The evidence is
 * the matched wording of the fired rules, in text order. Immutable, thread-safe.
 */
public final class TopicTagger {

    private record CompiledRule(int topic, TopicRule rule, int[] any, int[] all, int[] none) {
    }

    private final Taxonomy taxonomy;
    private final List<CompiledRule> rules = new ArrayList<>();
    /** Each phrase of each rule has a slot, which records where the phrase first occurred in a text. */
    private int slotCount;
    private final PhraseIndex<Integer> index = new PhraseIndex<>();

    public TopicTagger(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (int topic = 0; topic < taxonomy.topics().size(); topic++) {
            for (TopicRule rule : taxonomy.topics().get(topic).rules()) {
                rules.add(new CompiledRule(topic, rule, slotsOf(rule.any()),
                        slotsOf(rule.all()), slotsOf(rule.none())));
            }
        }
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The topics of a text that names {@code places} distinct countries. */
    public List<TopicTag> tag(AnalyzedText text, int places) {
        PhraseHit<?>[] firstHit = new PhraseHit<?>[slotCount];
        for (PhraseHit<Integer> hit : index.findAll(text)) {
            if (firstHit[hit.value()] == null) {
                firstHit[hit.value()] = hit;
            }
        }
        double[] miss = new double[taxonomy.topics().size()];
        Arrays.fill(miss, 1.0);
        List<TreeMap<Integer, String>> evidence = new ArrayList<>();
        taxonomy.topics().forEach(t -> evidence.add(null));
        for (CompiledRule rule : rules) {
            if (!rule.rule().placesWithin(places) || !fires(rule, firstHit)) {
                continue;
            }
            miss[rule.topic()] *= Math.pow(1 - rule.rule().weight(), Math.max(1, found(rule.any(), firstHit)));
            TreeMap<Integer, String> found = evidence.get(rule.topic());
            if (found == null) {
                found = new TreeMap<>();
                evidence.set(rule.topic(), found);
            }
            addEvidence(rule.any(), firstHit, text, found);
            addEvidence(rule.all(), firstHit, text, found);
        }
        List<TopicTag> tags = new ArrayList<>();
        for (int topic = 0; topic < miss.length; topic++) {
            TopicDefinition definition = taxonomy.topics().get(topic);
            double score = Math.round((1 - miss[topic]) * 1000) / 1000.0;
            if (evidence.get(topic) != null && score >= definition.threshold()) {
                List<String> terms = evidence.get(topic).values().stream().distinct().toList();
                tags.add(new TopicTag(definition.code(), definition.cap(), definition.label(), score, terms));
            }
        }
        tags.sort(Comparator.comparingDouble(TopicTag::score).reversed());
        return tags;
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

    private static void addEvidence(int[] ruleSlots, PhraseHit<?>[] firstHit, AnalyzedText text,
            TreeMap<Integer, String> found) {
        for (int slot : ruleSlots) {
            PhraseHit<?> hit = firstHit[slot];
            if (hit != null) {
                found.put(hit.first(), text.wordSpan(hit.first(), hit.last()));
            }
        }
    }

    private int[] slotsOf(List<Phrase> phrases) {
        int[] ids = new int[phrases.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = slotCount++;
            index.add(ids[i], phrases.get(i));
        }
        return ids;
    }
}
