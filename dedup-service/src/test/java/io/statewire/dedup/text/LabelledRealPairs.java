package io.statewire.dedup.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a labelled set of pairs built from real official text ({@code near-duplicates/*.jsonl}, see the README
 * there): each line an earlier passage {@code a}, a later one {@code b}, whether {@code b} repeats {@code a}, the
 * kind of edit or template, the language and the source address.
 */
final class LabelledRealPairs {

    record Pair(String id, String lang, String a, String b, boolean repeat, String kind, String url) {

        boolean isTemplate() {
            return !repeat && kind.startsWith("template");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledRealPairs() {
    }

    static List<Pair> load(String resource) {
        InputStream in = LabelledRealPairs.class.getResourceAsStream("/near-duplicates/" + resource);
        if (in == null) {
            throw new IllegalStateException("no labelled set near-duplicates/" + resource);
        }
        List<Pair> pairs = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                var node = JSON.readTree(line);
                String label = node.path("label").asText();
                if (!label.equals("repeat") && !label.equals("distinct")) {
                    throw new IllegalStateException(resource + ": label must be repeat or distinct: " + line);
                }
                pairs.add(new Pair(node.path("id").asText(), node.path("lang").asText(), node.path("a").asText(),
                        node.path("b").asText(), label.equals("repeat"), node.path("kind").asText(),
                        node.path("url").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }
}
