package io.statewire.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Reads Strimzi {@code KafkaUser} manifests (kafka.strimzi.io/v1beta2, one YAML document each) with SCRAM-SHA-512
 * authentication and simple authorisation, and turns each user's {@code acls} into the Kafka ACL bindings the
 * Strimzi User Operator would create for {@code User:<metadata.name>}. Anything else in a user's authentication or
 * authorisation, or an ACL it cannot translate, is an {@link IllegalArgumentException} naming the user.
 */
public final class KafkaUserManifests {

    /** One user: its name (the SCRAM user name) and its ACLs. */
    public record User(String name, List<AclBinding> acls) {

        /** The principal its ACLs name. */
        public String principal() {
            return "User:" + name;
        }
    }

    private static final Map<String, ResourceType> RESOURCE_TYPES = Map.of(
            "topic", ResourceType.TOPIC,
            "group", ResourceType.GROUP,
            "cluster", ResourceType.CLUSTER,
            "transactionalId", ResourceType.TRANSACTIONAL_ID);
    private static final Map<String, PatternType> PATTERN_TYPES = Map.of(
            "literal", PatternType.LITERAL,
            "prefix", PatternType.PREFIXED);

    private KafkaUserManifests() {
    }

    /** The users of every {@code KafkaUser} document in {@code file}, in file order. */
    public static List<User> read(Path file) {
        List<User> users = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class).readValues(file.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isEmpty() && "KafkaUser".equals(document.path("kind").asText())) {
                    users.add(user(document));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
        return users;
    }

    static User user(JsonNode document) {
        String name = required(document.path("metadata").path("name"), "metadata.name", "a KafkaUser");
        JsonNode spec = document.path("spec");
        if (!"scram-sha-512".equals(spec.path("authentication").path("type").asText())) {
            throw new IllegalArgumentException(name + ": spec.authentication.type must be scram-sha-512");
        }
        if (!"simple".equals(spec.path("authorization").path("type").asText())) {
            throw new IllegalArgumentException(name + ": spec.authorization.type must be simple");
        }
        List<AclBinding> acls = new ArrayList<>();
        for (JsonNode rule : spec.path("authorization").path("acls")) {
            acls.addAll(bindings(name, rule));
        }
        return new User(name, List.copyOf(acls));
    }

    private static List<AclBinding> bindings(String user, JsonNode rule) {
        JsonNode resource = rule.path("resource");
        String type = required(resource.path("type"), "resource.type", user);
        ResourceType resourceType = RESOURCE_TYPES.get(type);
        if (resourceType == null) {
            throw new IllegalArgumentException(user + ": unknown resource type '" + type + "'");
        }
        String resourceName = resourceType == ResourceType.CLUSTER ? "kafka-cluster"
                : required(resource.path("name"), "resource.name", user);
        PatternType patternType = PATTERN_TYPES.get(resource.path("patternType").asText("literal"));
        if (patternType == null) {
            throw new IllegalArgumentException(user + ": unknown patternType '" + resource.path("patternType").asText()
                    + "' on " + resourceName);
        }
        AclPermissionType permission = switch (rule.path("type").asText("allow")) {
            case "allow" -> AclPermissionType.ALLOW;
            case "deny" -> AclPermissionType.DENY;
            default -> throw new IllegalArgumentException(user + ": unknown ACL type '" + rule.path("type").asText()
                    + "' on " + resourceName);
        };
        String host = rule.path("host").asText("*");
        if (!rule.path("operations").isArray() || rule.path("operations").isEmpty()) {
            throw new IllegalArgumentException(user + ": no operations on " + resourceName);
        }
        ResourcePattern pattern = new ResourcePattern(resourceType, resourceName, patternType);
        List<AclBinding> bindings = new ArrayList<>();
        for (JsonNode operation : rule.path("operations")) {
            bindings.add(new AclBinding(pattern, new AccessControlEntry("User:" + user, host,
                    operation(user, operation.asText()), permission)));
        }
        return bindings;
    }

    /** A Strimzi operation name (Read, DescribeConfigs, IdempotentWrite, ...) as a Kafka ACL operation. */
    static AclOperation operation(String user, String name) {
        String constant = name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        try {
            AclOperation operation = AclOperation.valueOf(constant);
            if (operation == AclOperation.ANY || operation == AclOperation.UNKNOWN) {
                throw new IllegalArgumentException(constant);
            }
            return operation;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(user + ": unknown operation '" + name + "'", e);
        }
    }

    private static String required(JsonNode node, String field, String where) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": " + field + " is missing");
        }
        return node.asText();
    }
}
