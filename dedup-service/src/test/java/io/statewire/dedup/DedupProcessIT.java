package io.statewire.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statewire.contracts.Topics;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.ServiceEndpoints;
import io.statewire.testing.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The packaged dedup-service as operators run it (production profile, a process of its own): readiness follows the
 * broker, and the log is JSON with the record's release id in the log context.
 */
class DedupProcessIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void notReadyWhileNoBrokerAnswers() throws Exception {
        String nowhere = "127.0.0.1:" + closedPort();
        try (var dedup = ServiceProcess.start("dedup-service", Map.of(
                "kafka.bootstrap.servers", nowhere,
                "statewire.health.kafka-timeout", "PT1S",
                "quarkus.kafka-streams.topics-timeout", "PT1S",
                "kafka-streams.state.dir", stateDir("nowhere")))) {
            var endpoints = new ServiceEndpoints(dedup.httpPort());
            HttpResponse<String> ready = Awaitility.await().atMost(Duration.ofSeconds(60))
                    .ignoreExceptions().until(() -> endpoints.get("/q/health/ready"), response -> true);

            long started = System.nanoTime();
            ready = endpoints.get("/q/health/ready");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(ready.statusCode()).isEqualTo(503);
            JsonNode checks = JSON.readTree(ready.body()).path("checks");
            assertThat(checks.findValuesAsText("name")).contains("Kafka connection", "Kafka Streams running");
            assertThat(checks).allSatisfy(check -> assertThat(check.path("status").asText()).isEqualTo("DOWN"));
            assertThat(took).as("readiness answers within its timeouts, not the admin client's minute")
                    .isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void logsJsonLinesWithTheReleaseIdOfTheRecordAtHand() throws Exception {
        String run = "it-json-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaBroker.createTopics(Topics.PIPELINE);
        var dedup = ServiceProcess.start("dedup-service", Map.of(
                "kafka.bootstrap.servers", KafkaBroker.bootstrapServers(),
                "quarkus.kafka-streams.application-id", run,
                "kafka-streams.state.dir", stateDir(run)));
        try (dedup) {
            dedup.awaitReady(Duration.ofSeconds(90));
            String releaseId = run + ":unreadable";
            KafkaBroker.companion().produce(Serdes.String(), Serdes.ByteArray())
                    .fromRecords(new ProducerRecord<>(Topics.RELEASES, releaseId, "{broken".getBytes(StandardCharsets.UTF_8)))
                    .awaitCompletion();

            JsonNode deadLetter = Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(
                    () -> parse(dedup.logLines()).stream()
                            .filter(line -> releaseId.equals(line.path("mdc").path("releaseId").asText(null)))
                            .findFirst().orElse(null),
                    line -> line != null);
            assertThat(deadLetter.path("level").asText()).isEqualTo("WARN");
            assertThat(deadLetter.path("message").asText()).startsWith("dead letter from press.releases-")
                    .contains("malformed JSON");
            assertThat(dedup.stop()).isIn(0, 130, 143);
        }
        List<String> lines = dedup.logLines();
        assertThat(lines).hasSizeGreaterThan(5);
        assertThat(parse(lines)).as("every line is one JSON object")
                .allSatisfy(line -> assertThat(line.path("message").isTextual()).isTrue())
                .anySatisfy(line -> assertThat(line.path("message").asText()).contains("Profile prod activated"));
    }

    private static List<JsonNode> parse(List<String> lines) {
        return lines.stream().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }).toList();
    }

    private static String stateDir(String name) throws IOException {
        return Files.createDirectories(Path.of("target", "process-state", name)).toAbsolutePath().toString();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
