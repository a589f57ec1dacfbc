package io.statewire.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the services' workloads: one Deployment or StatefulSet per service; in every container a liveness probe on
 * {@code /q/health/live} and a readiness probe on {@code /q/health/ready} at the service's HTTP port, CPU and memory
 * requests and limits (requests not above limits), and a Prometheus port annotation that is that port; an autoscaler
 * for each service of {@link #AUTOSCALED}, aimed at an existing workload; no more instances than the service can use
 * (the partitions of the topics its consumer groups share out, {@link ServiceSettings#sharedTopics}: those it consumes
 * and those it joins a group on only to share its work; one for a service with none, as nothing shares its work out);
 * Services and PodDisruptionBudgets that select pods, on ports those pods have.
 */
public final class WorkloadCheck {

    /** The services the deployment scales with a HorizontalPodAutoscaler. */
    public static final Set<String> AUTOSCALED = Set.of("ingest-service", "classify-service");

    static final String LIVENESS_PATH = "/q/health/live";
    static final String READINESS_PATH = "/q/health/ready";

    private final Manifests manifests;
    private final List<ServiceModule> services;

    public WorkloadCheck(Manifests manifests, List<ServiceModule> services) {
        this.manifests = manifests;
        this.services = services;
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (ServiceModule service : services) {
            List<YamlDocument> workloads = manifests.workloadsOf(service.name());
            if (workloads.size() != 1) {
                problems.add(service.name() + ": expected one Deployment or StatefulSet labelled "
                        + Manifests.NAME_LABEL + ": " + service.name() + ", found " + workloads.size());
                continue;
            }
            YamlDocument workload = workloads.get(0);
            int port = service.settings().httpPort();
            for (JsonNode container : Manifests.containers(workload)) {
                String where = workload.describe() + " container " + container.path("name").asText();
                probe(where, container, "livenessProbe", LIVENESS_PATH, port, problems);
                probe(where, container, "readinessProbe", READINESS_PATH, port, problems);
                resources(where, container.path("resources"), problems);
            }
            prometheusPort(workload, port, problems);
            scaling(service, workload, problems);
        }
        for (YamlDocument workload : manifests.workloads()) {
            if (services.stream().noneMatch(s -> s.name().equals(workload.label(Manifests.NAME_LABEL)))) {
                problems.add(workload.describe() + ": label " + Manifests.NAME_LABEL + " names no service module");
            }
        }
        for (YamlDocument autoscaler : manifests.ofKind("HorizontalPodAutoscaler")) {
            JsonNode target = autoscaler.spec().path("scaleTargetRef");
            if (manifests.find(target.path("kind").asText(), target.path("name").asText())
                    .filter(w -> Manifests.WORKLOAD_KINDS.contains(w.kind())).isEmpty()) {
                problems.add(autoscaler.describe() + ": scaleTargetRef " + target.path("kind").asText() + " "
                        + target.path("name").asText() + " does not exist");
            }
        }
        for (YamlDocument service : manifests.ofKind("Service")) {
            servicePorts(service, problems);
        }
        for (YamlDocument budget : manifests.ofKind("PodDisruptionBudget")) {
            if (selectedPods(budget.spec().path("selector").path("matchLabels")).isEmpty()) {
                problems.add(budget.describe() + ": its selector matches no pods");
            }
        }
        return problems;
    }

    private static void probe(String where, JsonNode container, String kind, String path, int port,
            List<String> problems) {
        JsonNode get = container.path(kind).path("httpGet");
        if (get.isMissingNode()) {
            problems.add(where + ": no " + kind + " (HTTP GET " + path + ")");
            return;
        }
        if (!get.path("path").asText().equals(path)) {
            problems.add(where + ": " + kind + " asks " + get.path("path").asText() + ", expected " + path);
        }
        Optional<Integer> probed = Manifests.containerPort(container, get.path("port"));
        if (!probed.equals(Optional.of(port))) {
            problems.add(where + ": " + kind + " port " + get.path("port").asText()
                    + " is not the service's HTTP port " + port);
        }
    }

    private static void resources(String where, JsonNode resources, List<String> problems) {
        for (String resource : List.of("cpu", "memory")) {
            JsonNode request = resources.path("requests").path(resource);
            JsonNode limit = resources.path("limits").path(resource);
            if (!request.isValueNode() || !limit.isValueNode()) {
                problems.add(where + ": resources.requests and resources.limits must both set " + resource);
            } else {
                try {
                    if (Quantity.parse(request.asText()) > Quantity.parse(limit.asText())) {
                        problems.add(where + ": " + resource + " request " + request.asText() + " above its limit "
                                + limit.asText());
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + resource + ": " + e.getMessage());
                }
            }
        }
    }

    private static void prometheusPort(YamlDocument workload, int port, List<String> problems) {
        JsonNode annotations = workload.spec().path("template").path("metadata").path("annotations");
        if (!annotations.path("prometheus.io/scrape").asText().equals("true")
                || !annotations.path("prometheus.io/port").asText().equals(Integer.toString(port))) {
            problems.add(workload.describe() + ": pod annotations prometheus.io/scrape \"true\" and prometheus.io/port \""
                    + port + "\" expected");
        }
    }

    private void scaling(ServiceModule service, YamlDocument workload, List<String> problems) {
        int usable = usableInstances(service);
        List<YamlDocument> autoscalers = manifests.ofKind("HorizontalPodAutoscaler").stream()
                .filter(a -> a.spec().path("scaleTargetRef").path("name").asText().equals(workload.name())
                        && a.spec().path("scaleTargetRef").path("kind").asText().equals(workload.kind()))
                .toList();
        if (AUTOSCALED.contains(service.name()) && autoscalers.isEmpty()) {
            problems.add(service.name() + ": no HorizontalPodAutoscaler targets " + workload.describe());
        }
        int most = workload.spec().path("replicas").asInt(1);
        for (YamlDocument autoscaler : autoscalers) {
            int min = autoscaler.spec().path("minReplicas").asInt(1);
            int max = autoscaler.spec().path("maxReplicas").asInt(0);
            if (min > max) {
                problems.add(autoscaler.describe() + ": minReplicas " + min + " above maxReplicas " + max);
            }
            most = Math.max(most, max);
        }
        if (most > usable) {
            problems.add(workload.describe() + ": up to " + most + " instances, but " + service.name() + " can use "
                    + usable + " (" + (service.settings().sharedTopics().isEmpty()
                            ? "its consumer groups share no topic's partitions, so nothing shares its work out"
                            : "partitions of " + service.settings().sharedTopics()) + ")");
        }
    }

    private int usableInstances(ServiceModule service) {
        Set<String> inputs = service.settings().sharedTopics();
        if (inputs.isEmpty()) {
            return 1;
        }
        Map<String, Integer> partitions = manifests.topicPartitions();
        return inputs.stream().mapToInt(topic -> partitions.getOrDefault(topic, 0)).min().orElse(0);
    }

    private void servicePorts(YamlDocument service, List<String> problems) {
        List<YamlDocument> pods = selectedPods(service.spec().path("selector"));
        if (pods.isEmpty()) {
            problems.add(service.describe() + ": its selector matches no pods");
            return;
        }
        for (JsonNode port : service.spec().path("ports")) {
            JsonNode target = port.has("targetPort") ? port.path("targetPort") : port.path("port");
            boolean served = pods.stream().flatMap(w -> Manifests.containers(w).stream())
                    .anyMatch(c -> Manifests.containerPort(c, target).isPresent());
            if (!served) {
                problems.add(service.describe() + ": targetPort " + target.asText() + " is no port of its pods");
            }
        }
    }

    private List<YamlDocument> selectedPods(JsonNode selectorLabels) {
        return manifests.workloads().stream()
                .filter(w -> Manifests.selects(selectorLabels, Manifests.podLabels(w))).toList();
    }
}
