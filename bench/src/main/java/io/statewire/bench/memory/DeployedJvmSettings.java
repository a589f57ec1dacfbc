package io.statewire.bench.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options a service runs with on Kubernetes: those its image's start command gives before
 * {@code $JAVA_OPTS} ({@code src/main/docker/Dockerfile.jvm}), then the {@code JAVA_OPTS} of its ConfigMap
 * ({@code deploy/k8s/services/<service>.yaml}).
 */
public record DeployedJvmSettings(List<String> javaOptions) {

    private static final Pattern START_COMMAND = Pattern.compile("exec java (.*?)\\$JAVA_OPTS");

    public static DeployedJvmSettings read(Path dockerfile, Path manifest) throws IOException {
        List<String> options = new ArrayList<>(imageOptions(dockerfile));
        options.addAll(Arrays.asList(javaOpts(manifest).trim().split("\\s+")));
        return new DeployedJvmSettings(List.copyOf(options));
    }

    private static List<String> imageOptions(Path dockerfile) throws IOException {
        String entrypoint = Files.readAllLines(dockerfile).stream().filter(line -> line.startsWith("ENTRYPOINT"))
                .findFirst().orElseThrow(() -> new IllegalStateException(dockerfile + " has no ENTRYPOINT"));
        Matcher command = START_COMMAND.matcher(entrypoint);
        if (!command.find()) {
            throw new IllegalStateException(dockerfile + ": its ENTRYPOINT does not run \"exec java ... $JAVA_OPTS\"");
        }
        String options = command.group(1).trim();
        return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
    }

    private static String javaOpts(Path manifest) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (var documents = yaml.readerFor(JsonNode.class).<JsonNode>readValues(manifest.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && "ConfigMap".equals(document.path("kind").asText())) {
                    String javaOpts = document.path("data").path("JAVA_OPTS").asText("");
                    if (javaOpts.isBlank()) {
                        throw new IllegalStateException(manifest + ": the ConfigMap sets no JAVA_OPTS");
                    }
                    return javaOpts;
                }
            }
        }
        throw new IllegalStateException(manifest + " has no ConfigMap");
    }
}
