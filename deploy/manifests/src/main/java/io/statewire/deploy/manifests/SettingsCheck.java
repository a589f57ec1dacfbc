package io.statewire.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the configuration the manifests give each service: every environment variable of its container (its
 * {@code env} and the keys of the ConfigMaps of its {@code envFrom}) sets a setting the service reads
 * ({@link ServiceSettings}) or is read by its image's start command ({@code JAVA_OPTS}); every {@code -D} in such a
 * variable names a setting the service reads; the ConfigMaps it refers to exist; a value that is a file or folder
 * path lies on a volume mounted in the container (and a file on a ConfigMap or Secret volume is one of its keys);
 * every ConfigMap is used by some workload.
 */
public final class SettingsCheck {

    private static final Pattern SYSTEM_PROPERTY = Pattern.compile("(?:^|\\s)-D([^=\\s]+)");
    private static final Pattern PATH = Pattern.compile("/[^\\s:,;]*");

    private final Manifests manifests;
    private final List<ServiceModule> services;
    private final Map<String, Dockerfile> images;
    private final EnvironmentOf environment;

    /** {@code images}: each service's Dockerfile by service name. */
    public SettingsCheck(Manifests manifests, List<ServiceModule> services, Map<String, Dockerfile> images) {
        this.manifests = manifests;
        this.services = services;
        this.images = images;
        this.environment = new EnvironmentOf(manifests);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (ServiceModule service : services) {
            Set<String> imageVariables = Optional.ofNullable(images.get(service.name()))
                    .map(Dockerfile::startCommandVariables).orElse(Set.of());
            for (YamlDocument workload : manifests.workloadsOf(service.name())) {
                for (JsonNode container : Manifests.containers(workload)) {
                    String where = workload.describe() + " container " + container.path("name").asText();
                    environment.missingConfigMaps(container).forEach(missing ->
                            problems.add(where + ": ConfigMap " + missing + " is not declared"));
                    for (EnvironmentOf.Variable variable : environment.variables(container)) {
                        variable(where, service, imageVariables, workload, container, variable, problems);
                    }
                }
            }
        }
        unusedConfigMaps(problems);
        return problems;
    }

    private void variable(String where, ServiceModule service, Set<String> imageVariables, YamlDocument workload,
            JsonNode container, EnvironmentOf.Variable variable, List<String> problems) {
        String name = variable.name();
        String origin = where + ": " + name + " (" + variable.source() + ")";
        if (imageVariables.contains(name)) {
            variable.value().ifPresent(value -> systemProperties(value).stream()
                    .filter(property -> !service.settings().readsProperty(property))
                    .forEach(property -> problems.add(origin + " sets -D" + property + ", which " + service.name()
                            + " does not read")));
        } else if (!service.settings().readsEnv(name)) {
            problems.add(origin + " sets no setting " + service.name() + " reads (application.properties, "
                    + "@ConfigProperty, @ConfigMapping, the Kafka security settings) nor one its image's start "
                    + "command uses " + imageVariables);
        }
        variable.value().filter(value -> PATH.matcher(value).matches())
                .ifPresent(path -> mountedPath(origin, workload, container, path, problems));
    }

    /** The names of the {@code -Dname=value} options in a JVM options text. */
    static List<String> systemProperties(String options) {
        List<String> names = new ArrayList<>();
        Matcher matcher = SYSTEM_PROPERTY.matcher(options);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private void mountedPath(String origin, YamlDocument workload, JsonNode container, String path,
            List<String> problems) {
        for (JsonNode mount : container.path("volumeMounts")) {
            String mountPath = mount.path("mountPath").asText().replaceAll("/+$", "");
            if (!path.equals(mountPath) && !path.startsWith(mountPath + "/")) {
                continue;
            }
            String file = path.equals(mountPath) ? "" : path.substring(mountPath.length() + 1);
            volume(workload, mount.path("name").asText()).ifPresentOrElse(
                    volume -> fileOnVolume(origin, volume, file, problems),
                    () -> problems.add(origin + ": volume " + mount.path("name").asText() + " is not declared"));
            return;
        }
        problems.add(origin + ": " + path + " is on no volume mounted in the container");
    }

    private Optional<JsonNode> volume(YamlDocument workload, String name) {
        for (JsonNode volume : Manifests.podSpec(workload).path("volumes")) {
            if (volume.path("name").asText().equals(name)) {
                return Optional.of(volume);
            }
        }
        for (JsonNode claim : workload.spec().path("volumeClaimTemplates")) {
            if (claim.path("metadata").path("name").asText().equals(name)) {
                return Optional.of(claim);
            }
        }
        return Optional.empty();
    }

    private void fileOnVolume(String origin, JsonNode volume, String file, List<String> problems) {
        if (file.isEmpty()) {
            return;
        }
        Set<String> files = new HashSet<>();
        JsonNode source = volume.has("configMap") ? volume.path("configMap") : volume.path("secret");
        source.path("items").forEach(item -> files.add(item.path("path").asText()));
        if (files.isEmpty() && volume.has("configMap")) {
            String configMap = volume.path("configMap").path("name").asText();
            manifests.find("ConfigMap", configMap).ifPresentOrElse(
                    map -> map.content().path("data").fieldNames().forEachRemaining(files::add),
                    () -> problems.add(origin + ": ConfigMap " + configMap + " is not declared"));
        }
        boolean listed = volume.has("configMap") || source.has("items");
        if (listed && !files.contains(file)) {
            problems.add(origin + ": the volume " + volume.path("name").asText() + " has no file " + file
                    + " (it has " + files + ")");
        }
    }

    private void unusedConfigMaps(List<String> problems) {
        Set<String> used = new HashSet<>();
        for (YamlDocument workload : manifests.workloads()) {
            Manifests.podSpec(workload).path("volumes")
                    .forEach(v -> used.add(v.path("configMap").path("name").asText()));
            for (JsonNode container : Manifests.containers(workload)) {
                container.path("envFrom").forEach(f -> used.add(f.path("configMapRef").path("name").asText()));
                container.path("env").forEach(e ->
                        used.add(e.path("valueFrom").path("configMapKeyRef").path("name").asText()));
            }
        }
        for (YamlDocument configMap : manifests.ofKind("ConfigMap")) {
            if (!used.contains(configMap.name())) {
                problems.add(configMap.describe() + ": used by no workload");
            }
        }
    }
}
