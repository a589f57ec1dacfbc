package io.statewire.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

class KafkaUserManifestsTest {

    @Test
    void aUsersAclsBecomeOneBindingPerOperation() throws Exception {
        KafkaUserManifests.User user = KafkaUserManifests.user(new YAMLMapper().readTree("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata: {name: reader}
                spec:
                  authentication: {type: scram-sha-512}
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: in., patternType: prefix}
                        operations: [Read, DescribeConfigs]
                      - resource: {type: transactionalId, name: reader-}
                        operations: [Write]
                        host: 10.0.0.1
                      - resource: {type: cluster}
                        operations: [IdempotentWrite]
                        type: deny
                """));
        assertThat(user.name()).isEqualTo("reader");
        assertThat(user.principal()).isEqualTo("User:reader");
        assertThat(user.acls()).containsExactly(
                allow(ResourceType.TOPIC, "in.", PatternType.PREFIXED, "*", AclOperation.READ),
                allow(ResourceType.TOPIC, "in.", PatternType.PREFIXED, "*", AclOperation.DESCRIBE_CONFIGS),
                allow(ResourceType.TRANSACTIONAL_ID, "reader-", PatternType.LITERAL, "10.0.0.1", AclOperation.WRITE),
                new AclBinding(new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL),
                        new AccessControlEntry("User:reader", "*", AclOperation.IDEMPOTENT_WRITE, AclPermissionType.DENY)));
    }

    @Test
    void whatCannotBeTranslatedIsRefusedNamingTheUser() {
        assertThatThrownBy(() -> user("{type: scram-sha-512}", "{type: topic, name: t}", "[Reed]"))
                .hasMessage("u: unknown operation 'Reed'");
        assertThatThrownBy(() -> user("{type: scram-sha-512}", "{type: queue, name: t}", "[Read]"))
                .hasMessage("u: unknown resource type 'queue'");
        assertThatThrownBy(() -> user("{type: scram-sha-512}", "{type: topic, name: t, patternType: glob}", "[Read]"))
                .hasMessage("u: unknown patternType 'glob' on t");
        assertThatThrownBy(() -> user("{type: tls}", "{type: topic, name: t}", "[Read]"))
                .hasMessage("u: spec.authentication.type must be scram-sha-512");
        assertThatThrownBy(() -> user("{type: scram-sha-512}", "{type: topic}", "[Read]"))
                .hasMessage("u: resource.name is missing");
    }

    @Test
    void theDeploymentsUsersFileHasTheThreeServiceUsers() {
        var users = KafkaUserManifests.read(Path.of("..", "deploy", "k8s", "kafka", "users.yaml"));
        assertThat(users).extracting(KafkaUserManifests.User::name)
                .containsExactly("statewire-ingest", "statewire-dedup", "statewire-classify");
        assertThat(users).allSatisfy(user -> assertThat(user.acls()).isNotEmpty()
                .allSatisfy(acl -> assertThat(acl.entry().principal()).isEqualTo(user.principal())));
    }

    private static KafkaUserManifests.User user(String authentication, String resource, String operations)
            throws Exception {
        return KafkaUserManifests.user(new YAMLMapper().readTree("""
                kind: KafkaUser
                metadata: {name: u}
                spec:
                  authentication: %s
                  authorization:
                    type: simple
                    acls:
                      - resource: %s
                        operations: %s
                """.formatted(authentication, resource, operations)));
    }

    private static AclBinding allow(ResourceType type, String name, PatternType pattern, String host,
            AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:reader", host, operation, AclPermissionType.ALLOW));
    }
}
