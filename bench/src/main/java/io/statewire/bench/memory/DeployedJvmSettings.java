package io.statewire.bench.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How Kubernetes runs a service's JVM, read from its manifest ({@code deploy/k8s/services/<service>.yaml}): the
 * {@code JAVA_OPTS} of its ConfigMap, with the logging manager its image's start command adds, and the ConfigMap's
 * {@code MALLOC_*} variables (the C library's allocator settings, which change the resident size of native memory).
 */
record DeployedJvmSettings(List<String> javaOptions, Map<String, String> environment) {

    static DeployedJvmSettings read(Path manifest) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (var documents = yaml.readerFor(JsonNode.class).<JsonNode>readValues(manifest.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && "ConfigMap".equals(document.path("kind").asText())) {
                    return of(document.path("data"), manifest);
                }
            }
        }
        throw new IllegalStateException(manifest + " has no ConfigMap");
    }

    private static DeployedJvmSettings of(JsonNode data, Path manifest) {
        String javaOpts = data.path("JAVA_OPTS").asText("");
        if (javaOpts.isBlank()) {
            throw new IllegalStateException(manifest + ": the ConfigMap sets no JAVA_OPTS");
        }
        List<String> options = new java.util.ArrayList<>();
        options.add("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
        options.addAll(Arrays.asList(javaOpts.trim().split("\\s+")));
        Map<String, String> environment = new LinkedHashMap<>();
        data.fields().forEachRemaining(field -> {
            if (field.getKey().startsWith("MALLOC_")) {
                environment.put(field.getKey(), field.getValue().asText());
            }
        });
        return new DeployedJvmSettings(List.copyOf(options), Map.copyOf(environment));
    }
}
