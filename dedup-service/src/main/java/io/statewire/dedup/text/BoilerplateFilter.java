package io.statewire.dedup.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Recognises boilerplate passages ("To be continued...", "Продолжение следует", share and print lines, bare URLs,
 * datelines, empty lines) by per-language patterns matched against the whole normalised text. The patterns of the
 * release's language are tried first, then those of the other languages: official pages mix languages (an English
 * mid.ru page carries "29 января / 2023").
 */
public final class BoilerplateFilter {

    private static final String ANY = "any";
    private final Map<String, List<Pattern>> patterns;

    private BoilerplateFilter(Map<String, List<Pattern>> patterns) {
        this.patterns = patterns;
    }

    /** The bundled patterns ({@code boilerplate.yaml}). */
    public static BoilerplateFilter bundled() {
        try (InputStream in = BoilerplateFilter.class.getResourceAsStream("/boilerplate.yaml")) {
            return read(in, "bundled boilerplate.yaml");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled boilerplate.yaml", e);
        }
    }

    /** Patterns from YAML: a list of regular expressions per language code, {@code any} for all languages. */
    public static BoilerplateFilter read(InputStream yaml, String name) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            Map<String, List<Pattern>> patterns = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> language = it.next();
                List<Pattern> compiled = new ArrayList<>();
                for (JsonNode regex : language.getValue()) {
                    try {
                        compiled.add(Pattern.compile(regex.asText()));
                    } catch (PatternSyntaxException e) {
                        throw new IllegalArgumentException(name + ": " + language.getKey() + ": bad pattern "
                                + regex.asText() + ": " + e.getDescription(), e);
                    }
                }
                patterns.put(language.getKey().toLowerCase(Locale.ROOT), List.copyOf(compiled));
            }
            return new BoilerplateFilter(patterns);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    /** True when the normalised passage is boilerplate in {@code language} or in another language. */
    public boolean isBoilerplate(String normalized, String language) {
        if (normalized.isEmpty()) {
            return true;
        }
        String own = language == null ? ANY : language.toLowerCase(Locale.ROOT);
        if (matches(patterns.get(ANY), normalized) || matches(patterns.get(own), normalized)) {
            return true;
        }
        return patterns.entrySet().stream()
                .filter(e -> !e.getKey().equals(ANY) && !e.getKey().equals(own))
                .anyMatch(e -> matches(e.getValue(), normalized));
    }

    private static boolean matches(List<Pattern> patterns, String normalized) {
        if (patterns == null) {
            return false;
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(normalized).matches()) {
                return true;
            }
        }
        return false;
    }
}
