package io.statewire.classify.match;

import io.statewire.classify.text.AnalyzedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds many phrases in a text in one pass: phrases are indexed by their first word (stem, exact form or
 * prefix), so a word costs two hash look-ups and one walk down a {@link PrefixTrie} of its characters however
 * many phrases there are. The phrases a word as written can start are remembered for up to
 * {@value #REMEMBERED_WORDS} words (emptied when full), so a word met before costs one look-up. Filled once,
 * then read from any number of threads.
 *
 * @param <T> what a phrase stands for (a rule, a country code, an organisation)
 */
public final class PhraseIndex<T> {

    private record Entry<T>(T value, Phrase phrase) {
    }

    static final int REMEMBERED_WORDS = 20_000;

    private final Map<String, List<Entry<T>>> byStem = new HashMap<>();
    private final Map<String, List<Entry<T>>> byExact = new HashMap<>();
    private final PrefixTrie<Entry<T>> byPrefix = new PrefixTrie<>();
    private final Map<String, List<Entry<T>>> startingWith = new ConcurrentHashMap<>();

    /** Adds a phrase standing for {@code value}; returns this index. */
    public PhraseIndex<T> add(T value, Phrase phrase) {
        PhraseWord first = phrase.firstWord();
        Entry<T> entry = new Entry<>(value, phrase);
        switch (first.kind()) {
            case STEM -> byStem.computeIfAbsent(first.key(), k -> new ArrayList<>()).add(entry);
            case EXACT -> byExact.computeIfAbsent(first.key(), k -> new ArrayList<>()).add(entry);
            case PREFIX -> byPrefix.put(first.key(), entry);
        }
        startingWith.clear();
        return this;
    }

    /** Every occurrence of every phrase, in text order (overlapping ones included). */
    public List<PhraseHit<T>> findAll(AnalyzedText text) {
        List<PhraseHit<T>> hits = new ArrayList<>();
        for (int token = 0; token < text.size(); token++) {
            collect(startingAt(text, token), text, token, hits);
        }
        return hits;
    }

    /** The phrases whose first word matches the token: by stem, then exact form, then prefixes, shortest first. */
    private List<Entry<T>> startingAt(AnalyzedText text, int token) {
        String surface = text.surface()[token];
        List<Entry<T>> remembered = startingWith.get(surface);
        if (remembered != null) {
            return remembered;
        }
        List<Entry<T>> found = new ArrayList<>();
        addAll(found, byStem.get(text.stem()[token]));
        addAll(found, byExact.get(surface));
        byPrefix.forEachPrefixOf(text.lower()[token], found::addAll);
        List<Entry<T>> entries = List.copyOf(found);
        if (startingWith.size() >= REMEMBERED_WORDS) {
            startingWith.clear();
        }
        startingWith.put(surface, entries);
        return entries;
    }

    private static <T> void addAll(List<Entry<T>> to, List<Entry<T>> entries) {
        if (entries != null) {
            to.addAll(entries);
        }
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
        for (Entry<T> entry : entries) {
            int last = entry.phrase().matchAt(text, token);
            if (last >= 0) {
                hits.add(new PhraseHit<>(entry.value(), entry.phrase(), token, last));
            }
        }
    }
}
