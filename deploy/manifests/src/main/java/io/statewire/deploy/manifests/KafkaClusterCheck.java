package io.statewire.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the Strimzi cluster: one {@code Kafka} in KRaft mode with node pools of at least three controllers and three
 * brokers, simple authorization, a TLS listener with SCRAM-SHA-512, replication that survives one broker down
 * (replication factor above {@code min.insync.replicas}, which is at least 2), every Strimzi resource on the Kafka's
 * API version and labelled for it, and every service pointed at its bootstrap address over SASL_SSL.
 */
public final class KafkaClusterCheck {

    static final String BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    static final String PROTOCOL_ENV = "KAFKA_SECURITY_PROTOCOL";
    static final String MECHANISM_ENV = "KAFKA_SASL_MECHANISM";
    private static final int NODES = 3;

    private final Manifests manifests;
    private final EnvironmentOf environment;

    public KafkaClusterCheck(Manifests manifests) {
        this.manifests = manifests;
        this.environment = new EnvironmentOf(manifests);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Optional<YamlDocument> found = manifests.kafka();
        if (found.isEmpty()) {
            problems.add("expected exactly one Kafka resource, found " + manifests.ofKind("Kafka").size());
            return problems;
        }
        YamlDocument kafka = found.get();
        JsonNode annotations = kafka.content().path("metadata").path("annotations");
        for (String annotation : List.of("strimzi.io/kraft", "strimzi.io/node-pools")) {
            if (!annotations.path(annotation).asText().equals("enabled")) {
                problems.add(kafka.describe() + ": annotation " + annotation + " must be \"enabled\"");
            }
        }
        nodePools(kafka, problems);
        JsonNode spec = kafka.spec().path("kafka");
        if (!spec.path("authorization").path("type").asText().equals("simple")) {
            problems.add(kafka.describe() + ": spec.kafka.authorization.type must be simple (ACLs enforced)");
        }
        replication(kafka, spec.path("config"), problems);
        Optional<Integer> port = scramTlsPort(spec);
        if (port.isEmpty()) {
            problems.add(kafka.describe() + ": no listener with tls: true and authentication scram-sha-512");
        }
        String bootstrap = kafka.name() + "-kafka-bootstrap:" + port.orElse(-1);
        for (YamlDocument resource : manifests.all()) {
            if (resource.apiVersion().startsWith("kafka.strimzi.io/") && resource != kafka) {
                strimziResource(kafka, resource, problems);
            }
        }
        for (YamlDocument workload : manifests.workloads()) {
            for (JsonNode container : Manifests.containers(workload)) {
                clientSettings(workload, container, bootstrap, problems);
            }
        }
        return problems;
    }

    private void nodePools(YamlDocument kafka, List<String> problems) {
        int controllers = 0;
        int brokers = 0;
        for (YamlDocument pool : manifests.ofKind("KafkaNodePool")) {
            if (!pool.label(Manifests.CLUSTER_LABEL).equals(kafka.name())) {
                continue;
            }
            List<String> roles = new ArrayList<>();
            pool.spec().path("roles").forEach(role -> roles.add(role.asText()));
            int replicas = pool.spec().path("replicas").asInt(0);
            controllers += roles.contains("controller") ? replicas : 0;
            brokers += roles.contains("broker") ? replicas : 0;
        }
        if (controllers < NODES || brokers < NODES) {
            problems.add(kafka.describe() + ": its KafkaNodePools have " + controllers + " controllers and " + brokers
                    + " brokers; expected at least " + NODES + " of each");
        }
    }

    private static void replication(YamlDocument kafka, JsonNode config, List<String> problems) {
        int factor = config.path("default.replication.factor").asInt(1);
        int minInSync = config.path("min.insync.replicas").asInt(1);
        if (minInSync < 2 || factor <= minInSync) {
            problems.add(kafka.describe() + ": default.replication.factor " + factor + " and min.insync.replicas "
                    + minInSync + ": expected min.insync.replicas at least 2 and below the replication factor");
        }
        for (String internal : List.of("offsets.topic.replication.factor", "transaction.state.log.replication.factor")) {
            if (config.path(internal).asInt(1) < factor) {
                problems.add(kafka.describe() + ": " + internal + " below default.replication.factor " + factor);
            }
        }
        if (config.path("transaction.state.log.min.isr").asInt(1) < minInSync) {
            problems.add(kafka.describe() + ": transaction.state.log.min.isr below min.insync.replicas " + minInSync);
        }
    }

    private static Optional<Integer> scramTlsPort(JsonNode kafkaSpec) {
        for (JsonNode listener : kafkaSpec.path("listeners")) {
            if (listener.path("tls").asBoolean(false)
                    && listener.path("authentication").path("type").asText().equals("scram-sha-512")) {
                return Optional.of(listener.path("port").asInt());
            }
        }
        return Optional.empty();
    }

    private static void strimziResource(YamlDocument kafka, YamlDocument resource, List<String> problems) {
        if (!resource.apiVersion().equals(kafka.apiVersion())) {
            problems.add(resource.describe() + ": apiVersion " + resource.apiVersion() + ", but the Kafka resource uses "
                    + kafka.apiVersion() + " (one API version for every Strimzi resource)");
        }
        if (!resource.label(Manifests.CLUSTER_LABEL).equals(kafka.name())) {
            problems.add(resource.describe() + ": label " + Manifests.CLUSTER_LABEL + " must be " + kafka.name());
        }
    }

    private void clientSettings(YamlDocument workload, JsonNode container, String bootstrap, List<String> problems) {
        String where = workload.describe() + " container " + container.path("name").asText();
        expect(where, environment.value(container, BOOTSTRAP_ENV), bootstrap, BOOTSTRAP_ENV, problems);
        expect(where, environment.value(container, PROTOCOL_ENV), "SASL_SSL", PROTOCOL_ENV, problems);
        expect(where, environment.value(container, MECHANISM_ENV), "SCRAM-SHA-512", MECHANISM_ENV, problems);
    }

    private static void expect(String where, Optional<String> actual, String expected, String name,
            List<String> problems) {
        if (!actual.equals(Optional.of(expected))) {
            problems.add(where + ": " + name + " is " + actual.orElse("not set") + ", expected " + expected);
        }
    }
}
