package io.statewire.classify.match;

import io.statewire.classify.text.AnalyzedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many phrases in a text in one pass: phrases are indexed by their first word (stem, exact form or
 * prefix), so each token costs two hash look-ups and one walk down a {@link PrefixTrie} of its characters
 * however many phrases there are. Filled once, then read from any number of threads.
 *
 * @param <T> what a phrase stands for (a rule, a country code, an organisation)
 */
public final class PhraseIndex<T> {

    private record Entry<T>(T value, Phrase phrase) {
    }

    private final Map<String, List<Entry<T>>> byStem = new HashMap<>();
    private final Map<String, List<Entry<T>>> byExact = new HashMap<>();
    private final PrefixTrie<Entry<T>> byPrefix = new PrefixTrie<>();

    /** Adds a phrase standing for {@code value}; returns this index. */
    public PhraseIndex<T> add(T value, Phrase phrase) {
        PhraseWord first = phrase.firstWord();
        Entry<T> entry = new Entry<>(value, phrase);
        switch (first.kind()) {
            case STEM -> byStem.computeIfAbsent(first.key(), k -> new ArrayList<>()).add(entry);
            case EXACT -> byExact.computeIfAbsent(first.key(), k -> new ArrayList<>()).add(entry);
            case PREFIX -> byPrefix.put(first.key(), entry);
        }
        return this;
    }

    /** Every occurrence of every phrase, in text order (overlapping ones included). */
    public List<PhraseHit<T>> findAll(AnalyzedText text) {
        List<PhraseHit<T>> hits = new ArrayList<>();
        for (int token = 0; token < text.size(); token++) {
            int at = token;
            collect(byStem.get(text.stem()[token]), text, token, hits);
            collect(byExact.get(text.surface()[token]), text, token, hits);
            byPrefix.forEachPrefixOf(text.lower()[token], entries -> collect(entries, text, at, hits));
        }
        return hits;
    }

    /**
     * Like {@link #findAll}, without hits that lie inside a longer hit of another value: "Papua New Guinea"
     * stands for PG only, not also for the Guinea inside it.
     */
    public List<PhraseHit<T>> findLongest(AnalyzedText text) {
        List<PhraseHit<T>> all = findAll(text);
        List<PhraseHit<T>> kept = new ArrayList<>(all.size());
        for (PhraseHit<T> hit : all) {
            boolean inside = false;
            for (PhraseHit<T> other : all) {
                if (!other.value().equals(hit.value()) && hit.within(other)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                kept.add(hit);
            }
        }
        return kept;
    }

    private static <T> void collect(List<Entry<T>> entries, AnalyzedText text, int token, List<PhraseHit<T>> hits) {
        if (entries == null) {
            return;
        }
        for (Entry<T> entry : entries) {
            int last = entry.phrase().matchAt(text, token);
            if (last >= 0) {
                hits.add(new PhraseHit<>(entry.value(), entry.phrase(), token, last));
            }
        }
    }
}
