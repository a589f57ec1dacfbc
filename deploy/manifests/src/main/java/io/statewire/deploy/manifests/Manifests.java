package io.statewire.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Kubernetes documents of {@code deploy/k8s}, with lookups by kind and name and the parts the checks read. */
public final class Manifests {

    static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet");
    static final String NAME_LABEL = "app.kubernetes.io/name";
    static final String CLUSTER_LABEL = "strimzi.io/cluster";

    private final List<YamlDocument> documents;

    public Manifests(List<YamlDocument> documents) {
        this.documents = List.copyOf(documents);
    }

    public List<YamlDocument> all() {
        return documents;
    }

    public List<YamlDocument> ofKind(String kind) {
        return documents.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    public Optional<YamlDocument> find(String kind, String name) {
        return documents.stream().filter(d -> d.kind().equals(kind) && d.name().equals(name)).findFirst();
    }

    /** Deployments and StatefulSets. */
    public List<YamlDocument> workloads() {
        return documents.stream().filter(d -> WORKLOAD_KINDS.contains(d.kind())).toList();
    }

    /** The workloads labelled {@code app.kubernetes.io/name: service}. */
    public List<YamlDocument> workloadsOf(String service) {
        return workloads().stream().filter(w -> w.label(NAME_LABEL).equals(service)).toList();
    }

    /** The one Strimzi {@code Kafka} resource. */
    public Optional<YamlDocument> kafka() {
        List<YamlDocument> clusters = ofKind("Kafka");
        return clusters.size() == 1 ? Optional.of(clusters.get(0)) : Optional.empty();
    }

    /** The declared topics (a KafkaTopic's {@code spec.topicName}, else its name) and their partition counts. */
    public Map<String, Integer> topicPartitions() {
        Map<String, Integer> partitions = new LinkedHashMap<>();
        for (YamlDocument topic : ofKind("KafkaTopic")) {
            partitions.put(topicName(topic), topic.spec().path("partitions").asInt(0));
        }
        return partitions;
    }

    public static String topicName(YamlDocument kafkaTopic) {
        return kafkaTopic.spec().path("topicName").asText(kafkaTopic.name());
    }

    /** The pod template's labels of a workload. */
    public static JsonNode podLabels(YamlDocument workload) {
        return workload.spec().path("template").path("metadata").path("labels");
    }

    public static JsonNode podSpec(YamlDocument workload) {
        return workload.spec().path("template").path("spec");
    }

    public static List<JsonNode> containers(YamlDocument workload) {
        List<JsonNode> containers = new ArrayList<>();
        podSpec(workload).path("containers").forEach(containers::add);
        return containers;
    }

    /** Whether every {@code key: value} of a selector's labels is among {@code labels}. */
    public static boolean selects(JsonNode selectorLabels, JsonNode labels) {
        if (!selectorLabels.isObject() || selectorLabels.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> label : selectorLabels.properties()) {
            if (!labels.path(label.getKey()).asText("\u0000").equals(label.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    /** The container port that a probe's or a Service's port (a number or a port name) refers to. */
    public static Optional<Integer> containerPort(JsonNode container, JsonNode port) {
        for (JsonNode declared : container.path("ports")) {
            boolean byNumber = port.isInt() && port.asInt() == declared.path("containerPort").asInt();
            boolean byName = port.isTextual() && port.asText().equals(declared.path("name").asText());
            if (byNumber || byName) {
                return Optional.of(declared.path("containerPort").asInt());
            }
        }
        return Optional.empty();
    }
}
