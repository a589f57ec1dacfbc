package io.statewire.classify.tagging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads a labelled evaluation set ({@code evaluation/*.yaml} on the test class path): its passages and labels. */
final class EvaluationSet {

    record Item(String id, String text, List<String> topics, List<String> places, List<String> organisations) {
    }

    private EvaluationSet() {
    }

    static List<Item> read(String resource) throws IOException {
        List<Item> items = new ArrayList<>();
        for (JsonNode node : yaml(resource)) {
            items.add(new Item(node.path("id").asText(), node.path("text").asText(), list(node.path("topics")),
                    list(node.path("places")), list(node.path("organisations"))));
        }
        return items;
    }

    /** A YAML resource as a tree. */
    static JsonNode yaml(String resource) throws IOException {
        try (InputStream in = EvaluationSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    static List<String> list(JsonNode values) {
        List<String> list = new ArrayList<>();
        values.forEach(v -> list.add(v.asText()));
        return list;
    }
}
