package io.statewire.deploy.manifests;

import static io.statewire.deploy.manifests.TheProject.array;
import static io.statewire.deploy.manifests.TheProject.content;
import static io.statewire.deploy.manifests.TheProject.object;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KafkaClusterCheckTest {

    private final Manifests manifests = TheProject.manifests();

    @Test
    void theClusterIsKraftWithThreeNodesAclsAndScramOverTls() {
        assertThat(new KafkaClusterCheck(manifests).problems()).isEmpty();
        assertThat(manifests.kafka()).get().extracting(YamlDocument::name).isEqualTo("statewire");
    }

    @Test
    void aListenerWithoutScramIsReported() {
        object(content(manifests, "Kafka", "statewire").at("/spec/kafka/listeners/0")).remove("authentication");

        assertThat(new KafkaClusterCheck(manifests).problems()).anyMatch(p -> p.contains("scram-sha-512"))
                .anyMatch(p -> p.contains("KAFKA_BOOTSTRAP_SERVERS"));
    }

    @Test
    void replicationThatDoesNotSurviveABrokerDownIsReported() {
        object(content(manifests, "Kafka", "statewire").at("/spec/kafka/config")).put("min.insync.replicas", 1);

        assertThat(new KafkaClusterCheck(manifests).problems()).anyMatch(p -> p.contains("min.insync.replicas"));
    }

    @Test
    void fewerThanThreeNodesAreReported() {
        object(content(manifests, "KafkaNodePool", "dual-role").path("spec")).put("replicas", 1);

        assertThat(new KafkaClusterCheck(manifests).problems()).anyMatch(p -> p.contains("1 controllers and 1 brokers"));
    }

    @Test
    void withoutAclsItIsReported() {
        object(content(manifests, "Kafka", "statewire").at("/spec/kafka")).remove("authorization");

        assertThat(new KafkaClusterCheck(manifests).problems()).anyMatch(p -> p.contains("authorization"));
    }

    @Test
    void aStrimziResourceOnAnotherApiVersionOrClusterIsReported() {
        content(manifests, "KafkaTopic", "press-releases").put("apiVersion", "kafka.strimzi.io/v1beta2");
        object(content(manifests, "KafkaTopic", "press-passages").at("/metadata/labels"))
                .put("strimzi.io/cluster", "other");

        assertThat(new KafkaClusterCheck(manifests).problems())
                .anyMatch(p -> p.contains("press-releases") && p.contains("apiVersion kafka.strimzi.io/v1beta2"))
                .anyMatch(p -> p.contains("press-passages") && p.contains("strimzi.io/cluster"));
    }

    @Test
    void aServiceOnAnotherBootstrapOrProtocolIsReported() {
        object(content(manifests, "ConfigMap", "dedup-service-config").path("data"))
                .put("KAFKA_BOOTSTRAP_SERVERS", "statewire-kafka-bootstrap:9092");
        object(content(manifests, "ConfigMap", "classify-service-config").path("data")).remove("KAFKA_SECURITY_PROTOCOL");

        assertThat(new KafkaClusterCheck(manifests).problems())
                .anyMatch(p -> p.contains("dedup-service") && p.contains("statewire-kafka-bootstrap:9092"))
                .anyMatch(p -> p.contains("classify-service") && p.contains("KAFKA_SECURITY_PROTOCOL is not set"));
    }

    @Test
    void aSecondKafkaIsReported() {
        Manifests two = new Manifests(java.util.stream.Stream.concat(manifests.all().stream(),
                manifests.ofKind("Kafka").stream()).toList());

        assertThat(new KafkaClusterCheck(two).problems()).containsExactly("expected exactly one Kafka resource, found 2");
        assertThat(array(content(manifests, "Kafka", "statewire").at("/spec/kafka/listeners"))).hasSize(1);
    }
}
