package io.statewire.classify.match;

import io.statewire.classify.text.AnalyzedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Finds many phrases in a text in one pass: phrases are indexed by their first word (stem, exact form or
 * prefix), so each token costs a few hash look-ups however many phrases there are. Filled once, then read from
 * any number of threads.
 *
 * @param <T> what a phrase stands for (a rule, a country code, an organisation)
 */
public final class PhraseIndex<T> {

    private record Entry<T>(T value, Phrase phrase) {
    }

    private final Map<String, List<Entry<T>>> byStem = new HashMap<>();
    private final Map<String, List<Entry<T>>> byExact = new HashMap<>();
    private final Map<String, List<Entry<T>>> byPrefix = new HashMap<>();
    /** The distinct lengths of the prefixes, ascending, so a token is looked up only at lengths that exist. */
    private int[] prefixLengths = new int[0];

    /** Adds a phrase standing for {@code value}; returns this index. */
    public PhraseIndex<T> add(T value, Phrase phrase) {
        PhraseWord first = phrase.firstWord();
        Map<String, List<Entry<T>>> map = switch (first.kind()) {
            case STEM -> byStem;
            case EXACT -> byExact;
            case PREFIX -> byPrefix;
        };
        map.computeIfAbsent(first.key(), k -> new ArrayList<>()).add(new Entry<>(value, phrase));
        if (first.kind() == PhraseWord.Kind.PREFIX) {
            prefixLengths = IntStream.concat(IntStream.of(prefixLengths), IntStream.of(first.key().length()))
                    .distinct().sorted().toArray();
        }
        return this;
    }

    /** Every occurrence of every phrase, in text order (overlapping ones included). */
    public List<PhraseHit<T>> findAll(AnalyzedText text) {
        List<PhraseHit<T>> hits = new ArrayList<>();
        for (int token = 0; token < text.size(); token++) {
            collect(byStem.get(text.stem()[token]), text, token, hits);
            collect(byExact.get(text.surface()[token]), text, token, hits);
            String lower = text.lower()[token];
            for (int length : prefixLengths) {
                if (length > lower.length()) {
                    break;
                }
                collect(byPrefix.get(lower.substring(0, length)), text, token, hits);
            }
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
