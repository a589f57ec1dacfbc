package io.statewire.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One document of a YAML file ({@code ---} separates documents): the file (relative to the checkout), its position in
 * the file (0 for the first) and its content.
 */
public record YamlDocument(Path file, int index, JsonNode content) {

    /** The Kubernetes kind, or "" when the document has none. */
    public String kind() {
        return content.path("kind").asText("");
    }

    /** {@code metadata.name}, or "". */
    public String name() {
        return content.path("metadata").path("name").asText("");
    }

    public String apiVersion() {
        return content.path("apiVersion").asText("");
    }

    public JsonNode spec() {
        return content.path("spec");
    }

    public String label(String key) {
        return content.path("metadata").path("labels").path(key).asText("");
    }

    /** How problems name this document: {@code Kind name (file)}. */
    public String describe() {
        return (kind().isEmpty() ? "document " + (index + 1) : kind() + " " + name()) + " (" + file + ")";
    }
}
