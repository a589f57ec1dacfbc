package io.statewire.dedup.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of near-copy matching, read from the bundled {@code near-copies.yaml}: stop words (left out of
 * the compared word sets), specific words (numbers in words, months, days, negation, stance: a difference in one
 * makes another statement), words capitalised by convention only (titles and offices, not names) and groups of
 * synonyms, as a map from each word's stem to the stem of its group's first word.
 */
public record Lexicon(Set<String> stop, Set<String> specific, Set<String> genericCapitalised,
        Map<String, String> synonyms) {

    /** True for a word capitalised by convention only, in the listed form or another form of it (by stem). */
    public boolean isGenericCapitalised(String lower) {
        return genericCapitalised.contains(lower) || genericCapitalised.contains(WordStems.of(lower));
    }

    private static final Lexicon BUNDLED = read();

    public static Lexicon bundled() {
        return BUNDLED;
    }

    private static Lexicon read() {
        try (InputStream in = Lexicon.class.getResourceAsStream("/near-copies.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Set<String> generic = new HashSet<>(words(root, "generic-capitalised"));
            generic.addAll(generic.stream().map(WordStems::of).toList());
            return new Lexicon(words(root, "stop"), words(root, "specific"), Set.copyOf(generic), synonyms(root));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled near-copies.yaml", e);
        }
    }

    /** The stem a word's stem stands for: the stem of the first word of its synonym group, or itself. */
    public String canonical(String stem) {
        return synonyms.getOrDefault(stem, stem);
    }

    private static Map<String, String> synonyms(JsonNode root) {
        Map<String, String> canonical = new HashMap<>();
        for (JsonNode group : root.path("synonyms")) {
            String first = WordStems.of(group.get(0).asText());
            group.forEach(word -> canonical.put(WordStems.of(word.asText()), first));
        }
        return Map.copyOf(canonical);
    }

    private static Set<String> words(JsonNode root, String list) {
        JsonNode words = root.get(list);
        if (words == null || !words.isArray()) {
            throw new IllegalStateException("near-copies.yaml: no list '" + list + "'");
        }
        Set<String> set = new HashSet<>();
        words.forEach(word -> set.add(word.asText()));
        return Set.copyOf(set);
    }
}
