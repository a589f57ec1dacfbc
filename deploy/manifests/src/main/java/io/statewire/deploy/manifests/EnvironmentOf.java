package io.statewire.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environment variables of a Kubernetes container: its {@code env} entries (a value, or a reference to a Secret,
 * a ConfigMap key or a pod field) and every key of the ConfigMaps its {@code envFrom} names. An {@code env} entry
 * wins over a ConfigMap key of the same name, as in Kubernetes.
 */
final class EnvironmentOf {

    /** One variable: its value when the manifests give it, where it comes from, and the Secret it reads if any. */
    record Variable(String name, Optional<String> value, String source, Optional<SecretKey> secret) {
    }

    record SecretKey(String secret, String key) {
    }

    private final Manifests manifests;

    EnvironmentOf(Manifests manifests) {
        this.manifests = manifests;
    }

    List<Variable> variables(JsonNode container) {
        List<Variable> variables = new ArrayList<>();
        for (JsonNode from : container.path("envFrom")) {
            String configMap = from.path("configMapRef").path("name").asText("");
            manifests.find("ConfigMap", configMap).ifPresent(map -> {
                for (Map.Entry<String, JsonNode> entry : map.content().path("data").properties()) {
                    variables.add(new Variable(entry.getKey(), Optional.of(entry.getValue().asText()),
                            "ConfigMap " + configMap, Optional.empty()));
                }
            });
        }
        for (JsonNode entry : container.path("env")) {
            String name = entry.path("name").asText();
            variables.removeIf(v -> v.name().equals(name));
            JsonNode from = entry.path("valueFrom");
            Optional<SecretKey> secret = from.has("secretKeyRef")
                    ? Optional.of(new SecretKey(from.path("secretKeyRef").path("name").asText(),
                            from.path("secretKeyRef").path("key").asText()))
                    : Optional.empty();
            variables.add(new Variable(name, value(entry), "env", secret));
        }
        return variables;
    }

    Optional<String> value(JsonNode container, String name) {
        return variables(container).stream().filter(v -> v.name().equals(name)).findFirst().flatMap(Variable::value);
    }

    /** The ConfigMaps the container's {@code envFrom} and {@code configMapKeyRef}s name that are not declared. */
    List<String> missingConfigMaps(JsonNode container) {
        List<String> missing = new ArrayList<>();
        for (JsonNode from : container.path("envFrom")) {
            if (from.has("configMapRef")) {
                String name = from.path("configMapRef").path("name").asText();
                if (manifests.find("ConfigMap", name).isEmpty()) {
                    missing.add(name);
                }
            }
        }
        for (JsonNode entry : container.path("env")) {
            JsonNode ref = entry.path("valueFrom").path("configMapKeyRef");
            if (!ref.isMissingNode()) {
                String name = ref.path("name").asText();
                Optional<YamlDocument> map = manifests.find("ConfigMap", name);
                if (map.isEmpty() || !map.get().content().path("data").has(ref.path("key").asText())) {
                    missing.add(name + " (key " + ref.path("key").asText() + ")");
                }
            }
        }
        return missing;
    }

    private Optional<String> value(JsonNode entry) {
        if (entry.has("value")) {
            return Optional.of(entry.path("value").asText());
        }
        JsonNode ref = entry.path("valueFrom").path("configMapKeyRef");
        if (!ref.isMissingNode()) {
            return manifests.find("ConfigMap", ref.path("name").asText())
                    .map(map -> map.content().path("data").path(ref.path("key").asText()))
                    .filter(JsonNode::isValueNode).map(JsonNode::asText);
        }
        return Optional.empty();
    }
}
