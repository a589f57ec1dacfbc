package io.statewire.classify.entities;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.statewire.classify.match.Phrase;
import io.statewire.classify.match.PhraseHit;
import io.statewire.classify.match.PhraseIndex;
import io.statewire.classify.text.AnalyzedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names for codes (countries for ISO 3166-1 alpha-2 codes, organisations for their acronyms), read from a YAML
 * map of code to phrases (see {@link Phrase} for how they match). Finds the codes a text names, in the order of
 * their first mention; a name inside a longer name of another code does not count ("Papua New Guinea" is PG
 * only). Immutable, thread-safe.
 */
public final class Gazetteer {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final PhraseIndex<String> index = new PhraseIndex<>();
    private final int size;

    private Gazetteer(Map<String, List<Phrase>> names) {
        names.forEach((code, phrases) -> phrases.forEach(phrase -> index.add(code, phrase)));
        this.size = names.size();
    }

    /** Reads a bundled gazetteer such as {@code gazetteer/places.yaml}; fails naming the code of a bad phrase. */
    public static Gazetteer fromResource(String resource) {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer not found on the class path: " + resource);
            }
            return parse(YAML.readTree(in), resource);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(resource + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Gazetteer parse(JsonNode root, String origin) {
        if (root == null || !root.isObject()) {
            throw new IllegalStateException(origin + ": expected a map of code to phrases");
        }
        Map<String, List<Phrase>> names = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            List<Phrase> phrases = new ArrayList<>();
            if (!entry.getValue().isArray()) {
                throw new IllegalStateException(origin + ": " + entry.getKey() + ": expected a list of phrases");
            }
            for (JsonNode phrase : entry.getValue()) {
                try {
                    phrases.add(Phrase.parse(phrase.asText()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(origin + ": " + entry.getKey() + ": " + e.getMessage(), e);
                }
            }
            names.put(entry.getKey(), phrases);
        }
        return new Gazetteer(names);
    }

    /** How many codes this gazetteer knows. */
    public int size() {
        return size;
    }

    /** The codes named in the text, each once, in the order of first mention. */
    public List<String> find(AnalyzedText text) {
        Set<String> codes = new LinkedHashSet<>();
        for (PhraseHit<String> hit : index.findLongest(text)) {
            codes.add(hit.value());
        }
        return List.copyOf(codes);
    }
}
