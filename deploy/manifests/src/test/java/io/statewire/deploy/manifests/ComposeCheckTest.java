package io.statewire.deploy.manifests;

import static io.statewire.deploy.manifests.TheProject.array;
import static io.statewire.deploy.manifests.TheProject.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statewire.contracts.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposeCheckTest {

    private static final Path FOLDER = TheProject.CHECKOUT.resolve("deploy/compose");

    private final ObjectNode compose = read();
    private String script = readScript();

    private static ObjectNode read() {
        try {
            return (ObjectNode) YamlFiles.read(FOLDER, FOLDER.resolve("compose.yaml")).get(0).content();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String readScript() {
        try {
            return Files.readString(FOLDER.resolve("create-topics.sh"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> problems() {
        return new ComposeCheck(FOLDER, compose, new ComposeCheck.Expected(TheProject.services(), TheProject.images(),
                TheProject.CHECKOUT.pomProperty("kafka.version"))).problems();
    }

    private List<String> scriptProblems() {
        Map<String, Map<String, String>> pipeline = new LinkedHashMap<>();
        Topics.PIPELINE.forEach(topic -> pipeline.put(topic, Topics.configOf(topic)));
        return new TopicScriptCheck(script, pipeline).problems();
    }

    private ObjectNode service(String name) {
        return object(compose.path("services").path(name));
    }

    @Test
    void theComposeFileRunsTheBrokerOfTheBuildAndEveryServiceFromItsDockerfile() {
        assertThat(problems()).isEmpty();
        assertThat(scriptProblems()).isEmpty();
        assertThat(service("kafka").path("image").asText()).isEqualTo("apache/kafka:4.1.2");
    }

    @Test
    void anotherKafkaVersionIsReported() {
        service("kafka").put("image", "apache/kafka:3.9.0");
        service("topics").put("image", "apache/kafka:3.9.0");

        assertThat(problems()).contains("no Compose service runs apache/kafka:4.1.2 (the build's Kafka version)");
    }

    @Test
    void aServiceNotBuiltFromItsModuleOrDockerfileIsReported() {
        object(service("dedup").path("build")).put("context", "../../dedup");
        object(service("classify").path("build")).put("dockerfile", "Dockerfile");

        assertThat(problems())
                .contains("no Compose service is built from dedup-service (build.context)")
                .anyMatch(p -> p.startsWith("Compose service classify ") && p.contains("build.dockerfile"));
    }

    @Test
    void anEnvironmentVariableTheServiceDoesNotReadIsReported() {
        object(service("ingest").path("environment")).put("STATEWIRE_INGEST_DELAY", "PT2S");

        assertThat(problems()).singleElement().asString()
                .isEqualTo("Compose service ingest (ingest-service): environment STATEWIRE_INGEST_DELAY sets no "
                        + "setting ingest-service reads");
    }

    @Test
    void aPathOnNoVolumeIsReported() {
        service("dedup").remove("volumes");

        assertThat(problems()).singleElement().asString().contains("dedup",
                "KAFKA_STREAMS_STATE_DIR=/var/lib/statewire/dedup-state is on no volume");
    }

    @Test
    void aBootstrapTheBrokerDoesNotAdvertiseIsReported() {
        object(service("classify").path("environment")).put("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");

        assertThat(problems()).singleElement().asString().contains("classify", "kafka:9092 is none of the broker's");
    }

    @Test
    void healthChecksAndDependenciesAreChecked() {
        service("ingest").remove("healthcheck");
        object(service("dedup").path("depends_on")).putObject("broker").put("condition", "service_healthy");
        object(service("classify").path("depends_on")).putObject("dedup")
                .put("condition", "service_completed_successfully");

        assertThat(problems())
                .contains("Compose service ingest: no health check")
                .anyMatch(p -> p.startsWith("Compose service ingest (ingest-service): its health check must ask"))
                .contains("Compose service dedup: depends on broker, which is not a service")
                .anyMatch(p -> p.startsWith("Compose service classify: waits for dedup to complete"));
    }

    @Test
    void missingMountedFilesAndUndeclaredVolumesAreReported() {
        array(service("ingest").path("volumes")).set(0, "./feeds.yaml:/etc/statewire/sources/sources.yaml:ro");
        object(compose.path("volumes")).remove("dedup-state");

        assertThat(problems())
                .contains("Compose service ingest: mounts ./feeds.yaml, which does not exist")
                .contains("Compose service dedup: volume dedup-state is not declared under volumes:");
    }

    @Test
    void aTopicScriptTopicCreatedTwiceIsReported() {
        script = script + "create press.releases\n";

        assertThat(scriptProblems()).containsExactly("the topic script creates press.releases twice");
    }

    @Test
    void aTopicScriptThatDiffersFromThePipelineIsReported() {
        script = script.replace("create press.passages.repeats\n", "")
                .replace("cleanup.policy=compact\n", "cleanup.policy=delete\n");

        assertThat(scriptProblems()).singleElement().asString()
                .startsWith("the topic script creates ")
                .contains("ingest.release-state={cleanup.policy=delete}")
                .contains("the code's pipeline is ");
    }
}
