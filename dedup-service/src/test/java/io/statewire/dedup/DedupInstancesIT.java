package io.statewire.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.Passage;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.SampleReleases;
import io.statewire.testing.ServiceEndpoints;
import io.statewire.testing.ServiceProcess;
import io.statewire.testing.TopicReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Utils;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Two packaged dedup-service instances of one application: their counters are on {@code /q/metrics} from
 * start-up, and {@code GET /passages/{id}} and {@code GET /stats} answer for the whole application from either
 * instance, though each holds only some of the scopes (languages) in its state.
 */
class DedupInstancesIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eitherInstanceAnswersForTheWholeApplication() throws Exception {
        String run = "it-two-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaBroker.createTopics(Topics.PIPELINE);
        try (var first = start(run, "a"); var second = start(run, "b")) {
            first.awaitReady(WAIT);
            second.awaitReady(WAIT);
            for (ServiceProcess instance : List.of(first, second)) {
                assertThat(new ServiceEndpoints(instance.httpPort()).metrics()).as("counters from start-up")
                        .containsPattern("(?m)^statewire_dedup_passages_total\\{verdict=\"unique\"\\} 0\\.0$");
            }

            List<String> languages = languagesOnEveryPartition();
            for (String language : languages) {
                send(release(run + ":" + language, language, "A statement in " + language + " on trade.",
                        "A second statement in " + language + " on energy."));
            }
            var passages = TopicReader.await(Topics.PASSAGES, JsonSerde.passages(),
                    r -> r.key().startsWith(run + ":"), 2 * languages.size(), WAIT);

            var endpoints = List.of(new ServiceEndpoints(first.httpPort()), new ServiceEndpoints(second.httpPort()));
            Awaitility.await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
                for (ServiceEndpoints instance : endpoints) {
                    JsonNode stats = JSON.readTree(instance.get("/stats").body());
                    assertThat(stats.path("seen").asLong()).isEqualTo(2L * languages.size());
                    assertThat(stats.path("unique").asLong()).isEqualTo(2L * languages.size());
                }
            });
            int answeredElsewhere = 0;
            for (var record : passages) {
                Passage passage = record.value();
                for (ServiceEndpoints instance : endpoints) {
                    var answer = instance.get("/passages/" + passage.passageId());
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                    assertThat(JSON.readTree(answer.body()).path("releaseId").asText()).isEqualTo(passage.releaseId());
                    var scoped = instance.get("/passages/" + passage.passageId() + "?scope=" + passage.language());
                    assertThat(scoped.statusCode()).as(scoped.body()).isEqualTo(200);
                    if (instance.get("/passages/" + passage.passageId() + "?local=true").statusCode() == 404) {
                        answeredElsewhere++;
                    }
                }
            }
            assertThat(answeredElsewhere).as("answers that came from the other instance").isEqualTo(passages.size());
            assertThat(endpoints.get(0).get("/passages/" + "0".repeat(32)).statusCode()).isEqualTo(404);
        }
    }

    /** One language per partition of the scope topic (murmur2, as the producer partitions), so both hold some. */
    private static List<String> languagesOnEveryPartition() {
        var partitions = new TreeSet<Integer>();
        List<String> languages = new ArrayList<>();
        for (String language : List.of("en", "ru", "fr", "de", "es", "zh", "ar", "pt", "it", "ja", "tr", "pl")) {
            int partition = Utils.toPositive(Utils.murmur2(language.getBytes(StandardCharsets.UTF_8))) % 3;
            if (partitions.add(partition)) {
                languages.add(language);
            }
        }
        assertThat(partitions).as("test data: the languages cover the three partitions").hasSize(3);
        return languages;
    }

    private static ServiceProcess start(String run, String instance) throws Exception {
        Path state = Files.createDirectories(Path.of("target", "process-state", run + "-" + instance));
        return ServiceProcess.start("dedup-service", Map.of(
                "kafka.bootstrap.servers", KafkaBroker.bootstrapServers(),
                "quarkus.kafka-streams.application-id", run,
                "statewire.dedup.advertised-host", "localhost",
                "kafka-streams.state.dir", state.toAbsolutePath().toString()));
    }

    private static PressRelease release(String releaseId, String language, String... paragraphs) {
        return SampleReleases.inLanguage(SampleReleases.release(releaseId, 1, paragraphs), language);
    }

    private static void send(PressRelease release) {
        KafkaBroker.companion().produce(Serdes.String(), Serdes.ByteArray())
                .fromRecords(new ProducerRecord<>(Topics.RELEASES, release.releaseId(), EventJson.write(release)))
                .awaitCompletion();
    }
}
