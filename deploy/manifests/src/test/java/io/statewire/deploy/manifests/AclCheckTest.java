package io.statewire.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AclCheckTest {

    /** Users in the form of deploy/k8s/kafka/users.yaml, a few ACLs each, to check the check with. */
    private static final String USERS = """
            apiVersion: kafka.strimzi.io/v1
            kind: KafkaUser
            metadata:
              name: statewire-ingest
              labels:
                strimzi.io/cluster: statewire
            spec:
              authentication:
                type: scram-sha-512
              authorization:
                type: simple
                acls:
                  - resource: {type: topic, name: press.releases, patternType: literal}
                    operations: [Write, Describe]
                  - resource: {type: transactionalId, name: statewire-ingest-, patternType: prefix}
                    operations: [Write, Describe]
            ---
            apiVersion: kafka.strimzi.io/v1
            kind: KafkaUser
            metadata:
              name: statewire-dedup
              labels:
                strimzi.io/cluster: statewire
            spec:
              authentication:
                type: scram-sha-512
              authorization:
                type: simple
                acls:
                  - resource: {type: topic, name: statewire-dedup-, patternType: prefix}
                    operations: [All]
                  - resource: {type: group, name: statewire-dedup, patternType: literal}
                    operations: [Read]
                  - resource: {type: transactionalId, name: statewire-dedup, patternType: prefix}
                    operations: [Write, Describe]
            ---
            apiVersion: kafka.strimzi.io/v1
            kind: KafkaUser
            metadata:
              name: statewire-classify
              labels:
                strimzi.io/cluster: statewire
            spec:
              authentication:
                type: scram-sha-512
              authorization:
                type: simple
                acls:
                  - resource: {type: topic, name: press.statements., patternType: prefix}
                    operations: [Write, Create, Describe]
                  - resource: {type: group, name: statewire-classify, patternType: literal}
                    operations: [Read]
            """;

    /** The problems of the checkout's manifests with these users in place of its own. */
    private static List<String> problems(String users) throws IOException {
        List<YamlDocument> documents = new ArrayList<>(TheProject.manifests().all());
        documents.removeIf(d -> d.kind().equals("KafkaUser"));
        documents.addAll(YamlFiles.parse(users, Path.of("users.yaml")));
        return new AclCheck(new Manifests(documents), TheProject.services()).problems();
    }

    @Test
    void theUsersOfTheCheckoutNameDeclaredTopicsGroupsAndTransactionalIds() {
        assertThat(new AclCheck(TheProject.manifests(), TheProject.services()).problems()).isEmpty();
    }

    @Test
    void topicsPrefixesGroupsAndTransactionalIdsOfTheCodeAreAccepted() throws IOException {
        assertThat(problems(USERS)).isEmpty();
    }

    @Test
    void aTopicNoOneDeclaresIsReported() throws IOException {
        assertThat(problems(USERS.replace("name: press.releases,", "name: press.release,")))
                .singleElement().asString().contains("statewire-ingest", "topic press.release matches no declared topic");
        assertThat(problems(USERS.replace("name: press.statements.,", "name: press.statement-,")))
                .singleElement().asString().contains("prefix press.statement- matches no declared topic");
    }

    @Test
    void everyNameAnUnknownGroupOrTransactionalIdIsReported() throws IOException {
        assertThat(problems(USERS.replace("name: statewire-dedup-, patternType: prefix}",
                "name: \"*\", patternType: literal}")))
                .singleElement().asString().contains("covers every name");
        assertThat(problems(USERS.replace("name: statewire-classify, patternType: literal}",
                "name: classify, patternType: literal}")))
                .singleElement().asString().contains("group classify matches no consumer group");
        assertThat(problems(USERS.replace("name: statewire-ingest-, patternType: prefix}",
                "name: ingest-, patternType: prefix}")))
                .singleElement().asString().contains("transactionalId prefix ingest- matches no transactional id");
    }

    @Test
    void anAclWithoutOperationsIsReported() throws IOException {
        assertThat(problems(USERS.replace("operations: [Write, Create, Describe]", "operation: Write")))
                .singleElement().asString().contains("statewire-classify", "has no operations list");
    }

    @Test
    void anotherAuthenticationIsReported() throws IOException {
        assertThat(problems(USERS.replaceFirst("type: scram-sha-512", "type: tls")))
                .singleElement().asString().contains("statewire-ingest", "scram-sha-512");
    }

    @Test
    void aCredentialsSecretNoUserMakesIsReported() throws IOException {
        String withoutClassify = USERS.substring(0, USERS.lastIndexOf("---"));

        assertThat(problems(withoutClassify)).singleElement().asString()
                .contains("Deployment classify-service", "Secret statewire-classify, which no KafkaUser makes");
    }
}
