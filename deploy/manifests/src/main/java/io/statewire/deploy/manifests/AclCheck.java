package io.statewire.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the {@code KafkaUser}s (written with the security work in {@code deploy/k8s/kafka/users.yaml}) against the
 * cluster and the code: each authenticates with SCRAM-SHA-512 and has simple authorization; every ACL lists its
 * {@code operations}; every topic ACL names a declared topic, or is a prefix of some declared topic or of a Kafka
 * Streams application's internal topics ({@code <application id>-}); every group ACL a consumer group or Streams
 * application id of the services; every transactional id ACL a transactional id the services use; no ACL on every
 * name ({@code *}). Once there are KafkaUsers, every Secret a workload takes {@code sasl.jaas.config} from is one of
 * theirs.
 */
public final class AclCheck {

    private final Manifests manifests;
    private final List<ServiceModule> services;

    public AclCheck(Manifests manifests, List<ServiceModule> services) {
        this.manifests = manifests;
        this.services = services;
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> topics = manifests.topicPartitions().keySet();
        Set<String> internalPrefixes = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        Set<String> transactionalIds = new LinkedHashSet<>();
        for (ServiceModule service : services) {
            service.settings().streamsApplicationId().ifPresent(id -> {
                internalPrefixes.add(id + "-");
                groups.add(id);
                transactionalIds.add(id + "-");
            });
            groups.addAll(service.settings().consumerGroups());
            transactionalIds.addAll(service.settings().transactionalIdPrefixes());
        }
        for (YamlDocument user : manifests.ofKind("KafkaUser")) {
            if (!user.spec().path("authentication").path("type").asText().equals("scram-sha-512")) {
                problems.add(user.describe() + ": authentication must be scram-sha-512 (the cluster's listener)");
            }
            if (!user.spec().path("authorization").path("type").asText().equals("simple")) {
                problems.add(user.describe() + ": authorization must be simple");
            }
            for (JsonNode acl : user.spec().path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                String type = resource.path("type").asText();
                String name = resource.path("name").asText();
                boolean prefix = resource.path("patternType").asText("literal").equals("prefix");
                String where = user.describe() + ": ACL on " + type + " " + (prefix ? "prefix " : "") + name;
                if (!acl.path("operations").isArray() || acl.path("operations").isEmpty()) {
                    problems.add(where + " has no operations list (Strimzi's v1 API knows only operations)");
                }
                if (name.equals("*")) {
                    problems.add(where + " covers every name; least privilege names them");
                } else if (type.equals("topic") && !known(name, prefix, topics, internalPrefixes)) {
                    problems.add(where + " matches no declared topic nor a Kafka Streams application's topics");
                } else if (type.equals("group") && !known(name, prefix, groups, Set.of())) {
                    problems.add(where + " matches no consumer group of the services " + groups);
                } else if (type.equals("transactionalId") && !known(name, prefix, Set.of(), transactionalIds)) {
                    problems.add(where + " matches no transactional id of the services " + transactionalIds);
                }
            }
        }
        jaasSecrets(problems);
        return problems;
    }

    /** Whether an ACL's name (or prefix) covers one of the names, or overlaps one of the name prefixes. */
    private static boolean known(String name, boolean prefix, Set<String> names, Set<String> namePrefixes) {
        boolean coversName = names.stream().anyMatch(n -> prefix ? n.startsWith(name) : n.equals(name));
        boolean overlapsPrefix = namePrefixes.stream().anyMatch(p -> name.startsWith(p) || prefix && p.startsWith(name));
        return coversName || overlapsPrefix;
    }

    private void jaasSecrets(List<String> problems) {
        EnvironmentOf environment = new EnvironmentOf(manifests);
        for (YamlDocument workload : manifests.workloads()) {
            for (JsonNode container : Manifests.containers(workload)) {
                for (EnvironmentOf.Variable variable : environment.variables(container)) {
                    variable.secret().filter(s -> s.key().equals("sasl.jaas.config"))
                            .filter(s -> manifests.find("KafkaUser", s.secret()).isEmpty())
                            .ifPresent(s -> problems.add(workload.describe() + ": " + variable.name()
                                    + " comes from Secret " + s.secret() + ", which no KafkaUser makes"));
                }
            }
        }
    }
}
