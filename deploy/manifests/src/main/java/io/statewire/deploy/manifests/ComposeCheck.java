package io.statewire.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the Compose file: a broker on the {@code apache/kafka} image of the build's Kafka version; for every
 * service module a Compose service built from its Dockerfile, publishing its HTTP port, with a health check on it,
 * pointed at one of the broker's advertised listeners, whose environment variables the service reads (or its image's
 * start command does) and whose file and folder paths lie on mounted volumes; health checks on every long-running
 * service; {@code depends_on} on existing services (and on health checks or one-shot services as its condition
 * needs); bind-mounted files that exist and named volumes that are declared.
 */
public final class ComposeCheck {

    static final String BROKER_IMAGE = "apache/kafka";
    private static final Pattern PATH = Pattern.compile("/[^\\s:,;]*");

    /** The expectations that come from the code. */
    public record Expected(List<ServiceModule> services, Map<String, Dockerfile> images, String kafkaVersion) {
    }

    private final Path folder;
    private final JsonNode compose;
    private final Expected expected;

    /** {@code folder}: where the Compose file lies. */
    public ComposeCheck(Path folder, JsonNode compose, Expected expected) {
        this.folder = folder;
        this.compose = compose;
        this.expected = expected;
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        JsonNode services = compose.path("services");
        String brokerImage = BROKER_IMAGE + ":" + expected.kafkaVersion();
        Optional<JsonNode> broker = stream(services).filter(s -> s.path("image").asText().equals(brokerImage))
                .findFirst();
        if (broker.isEmpty()) {
            problems.add("no Compose service runs " + brokerImage + " (the build's Kafka version)");
        }
        for (ServiceModule module : expected.services()) {
            Optional<Map.Entry<String, JsonNode>> built = builtFrom(services, module);
            if (built.isEmpty()) {
                problems.add("no Compose service is built from " + module.name() + " (build.context)");
                continue;
            }
            moduleService(built.get().getKey(), built.get().getValue(), module, broker, problems);
        }
        services.properties().forEach(entry -> service(entry.getKey(), entry.getValue(), services, problems));
        return problems;
    }

    private Optional<Map.Entry<String, JsonNode>> builtFrom(JsonNode services, ServiceModule module) {
        return services.properties().stream()
                .filter(e -> e.getValue().path("build").has("context") && folder
                        .resolve(e.getValue().path("build").path("context").asText()).normalize()
                        .equals(module.dir().normalize()))
                .findFirst();
    }

    private void moduleService(String name, JsonNode service, ServiceModule module, Optional<JsonNode> broker,
            List<String> problems) {
        String where = "Compose service " + name + " (" + module.name() + ")";
        Path dockerfile = folder.resolve(service.path("build").path("context").asText())
                .resolve(service.path("build").path("dockerfile").asText("Dockerfile")).normalize();
        if (!dockerfile.equals(module.dockerfile().normalize()) || !Files.isRegularFile(dockerfile)) {
            problems.add(where + ": build.dockerfile must be " + ServiceModule.DOCKERFILE + " of the module, "
                    + "an existing file");
        }
        int port = module.settings().httpPort();
        if (!publishedPorts(service).contains(port)) {
            problems.add(where + ": does not publish its HTTP port " + port);
        }
        String healthcheck = service.path("healthcheck").path("test").toString();
        if (!healthcheck.contains(Integer.toString(port)) || !healthcheck.contains("/q/health")) {
            problems.add(where + ": its health check must ask /q/health on port " + port);
        }
        Dockerfile image = expected.images().get(module.name());
        Set<String> imageVariables = image == null ? Set.of() : image.startCommandVariables();
        Map<String, String> environment = environment(service);
        environment.keySet().stream()
                .filter(key -> !module.settings().readsEnv(key) && !imageVariables.contains(key))
                .forEach(key -> problems.add(where + ": environment " + key + " sets no setting " + module.name()
                        + " reads"));
        String bootstrap = environment.getOrDefault(KafkaClusterCheck.BOOTSTRAP_ENV, "");
        String advertised = broker.map(b -> environment(b).getOrDefault("KAFKA_ADVERTISED_LISTENERS", "")).orElse("");
        if (bootstrap.isEmpty() || Arrays.stream(advertised.split(",")).noneMatch(l -> l.endsWith("://" + bootstrap))) {
            problems.add(where + ": " + KafkaClusterCheck.BOOTSTRAP_ENV + " " + bootstrap
                    + " is none of the broker's advertised listeners " + advertised);
        }
        Map<String, String> effective = new TreeMap<>(image == null ? Map.of() : image.environment());
        effective.putAll(environment);
        effective.forEach((key, value) -> {
            if (PATH.matcher(value).matches() && mountFor(service, value).isEmpty()) {
                problems.add(where + ": " + key + "=" + value + " is on no volume of the service");
            }
        });
    }

    private void service(String name, JsonNode service, JsonNode services, List<String> problems) {
        String where = "Compose service " + name;
        boolean oneShot = service.path("restart").asText().equals("no");
        if (!oneShot && !service.path("healthcheck").has("test")) {
            problems.add(where + ": no health check");
        }
        JsonNode dependsOn = service.path("depends_on");
        List<String> dependencies = new ArrayList<>();
        if (dependsOn.isArray()) {
            dependsOn.forEach(d -> dependencies.add(d.asText()));
        } else {
            dependsOn.fieldNames().forEachRemaining(dependencies::add);
        }
        for (String dependency : dependencies) {
            JsonNode target = services.path(dependency);
            String condition = dependsOn.path(dependency).path("condition").asText("");
            if (target.isMissingNode()) {
                problems.add(where + ": depends on " + dependency + ", which is not a service");
            } else if (condition.equals("service_healthy") && !target.path("healthcheck").has("test")) {
                problems.add(where + ": waits for " + dependency + " to be healthy, which has no health check");
            } else if (condition.equals("service_completed_successfully")
                    && !target.path("restart").asText().equals("no")) {
                problems.add(where + ": waits for " + dependency + " to complete, which is not a one-shot service "
                        + "(restart: \"no\")");
            }
        }
        for (JsonNode volume : service.path("volumes")) {
            Mount mount = Mount.of(volume);
            if (mount.isBind() && !Files.exists(folder.resolve(mount.source()))) {
                problems.add(where + ": mounts " + mount.source() + ", which does not exist");
            } else if (!mount.isBind() && !mount.source().isEmpty() && !compose.path("volumes").has(mount.source())) {
                problems.add(where + ": volume " + mount.source() + " is not declared under volumes:");
            }
        }
    }

    private static Optional<Mount> mountFor(JsonNode service, String path) {
        for (JsonNode volume : service.path("volumes")) {
            Mount mount = Mount.of(volume);
            String target = mount.target().replaceAll("/+$", "");
            if (path.equals(target) || path.startsWith(target + "/")) {
                return Optional.of(mount);
            }
        }
        return Optional.empty();
    }

    private static List<Integer> publishedPorts(JsonNode service) {
        List<Integer> ports = new ArrayList<>();
        for (JsonNode port : service.path("ports")) {
            String target = port.isObject() ? port.path("target").asText() : port.asText().replaceAll(".*:", "");
            ports.add(Integer.parseInt(target.replaceAll("/.*", "")));
        }
        return ports;
    }

    /** A service's environment, given as a mapping or as a list of {@code KEY=value}. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> environment = new LinkedHashMap<>();
        JsonNode given = service.path("environment");
        if (given.isArray()) {
            given.forEach(entry -> {
                String[] pair = entry.asText().split("=", 2);
                environment.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        } else {
            given.properties().forEach(entry -> environment.put(entry.getKey(), entry.getValue().asText()));
        }
        return environment;
    }

    private static Stream<JsonNode> stream(JsonNode services) {
        List<JsonNode> all = new ArrayList<>();
        services.forEach(all::add);
        return all.stream();
    }

    /** A service's volume: its source (a file or folder for a bind mount, else a named volume) and its target. */
    record Mount(String source, String target) {

        static Mount of(JsonNode volume) {
            if (volume.isObject()) {
                return new Mount(volume.path("source").asText(""), volume.path("target").asText());
            }
            String[] parts = volume.asText().split(":");
            return parts.length == 1 ? new Mount("", parts[0]) : new Mount(parts[0], parts[1]);
        }

        boolean isBind() {
            return source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
        }
    }
}
