package io.statewire.e2e;

import static io.statewire.testing.SamplePassages.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.Passage;
import io.statewire.contracts.Statement;
import io.statewire.contracts.StatementHeaders;
import io.statewire.contracts.Topics;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.SamplePassages;
import io.statewire.testing.ServiceProcess;
import io.statewire.testing.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * classify-service as packaged processes. Transcript turns survive a crash (kill -9) of the instance that held
 * them: the instance that takes its partitions over reads them back from {@code classify.speaker-turns}. The taxonomy file is reloaded without a
 * restart: a new version with a new topic code creates its topic and tags from then on, and an edit that keeps
 * the version is refused with the reason on {@code GET /taxonomy} while tagging goes on with what was in use.
 */
class ClassifyTurnsAndReloadIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TITLE = "Sergey Lavrov’s remarks and answers to media questions";

    @Test
    void turnsSurviveACrashAndTheTaxonomyReloadsWithoutARestart() throws Exception {
        KafkaBroker.createTopics(Topics.PIPELINE);
        String run = "turns-" + UUID.randomUUID().toString().substring(0, 8);
        String release = run + ":r1";
        Path taxonomy = Path.of("target", run, "taxonomy.yaml").toAbsolutePath();
        Files.createDirectories(taxonomy.getParent());
        Files.writeString(taxonomy, taxonomy("v1", "energy", "pipeline"));
        Map<String, String> settings = new HashMap<>(Map.of("kafka.bootstrap.servers", KafkaBroker.bootstrapServers(),
                "mp.messaging.incoming.passages-in.group.id", run, "statewire.classify.taxonomy-file",
                taxonomy.toString(), "statewire.classify.taxonomy-check-interval", "PT0.5S"));

        ServiceProcess first = ServiceProcess.start("classify-service", instance(settings, run + "-a"));
        ServiceProcess second = null;
        try {
            first.awaitReady(Duration.ofSeconds(90));
            send(passage(release, 0, "Ladies and gentlemen, we have had useful talks."));
            send(passage(release, 1, "Question: When will the pipeline be finished?"));
            List<ConsumerRecord<String, Statement>> statements = statements(release, 2);
            assertThat(statements).extracting(r -> r.value().speaker()).containsExactly("Sergey Lavrov", "Question");
            ConsumerRecord<String, Statement> tagged = statements.get(1);
            assertThat(tagged.value().topicCodes()).containsExactly("energy");
            assertThat(TopicReader.header(tagged, StatementHeaders.TOPICS)).isEqualTo("energy");
            assertThat(TopicReader.header(tagged, StatementHeaders.TAXONOMY_VERSION)).isEqualTo("v1");
            assertThat(TopicReader.await(Topics.statementsFor("energy"), JsonSerde.statements(),
                    r -> r.key().equals(release), 1, WAIT)).extracting(r -> r.value().position()).containsExactly(1);

            // a second instance joins (the partitions are shared out), then the first one crashes: the release's
            // partition ends up with the second, which reads the release's turns back from the turns topic
            second = ServiceProcess.start("classify-service", instance(settings, run + "-b"));
            second.awaitReady(Duration.ofSeconds(90));
            first.kill();
            send(passage(release, 2, "And is the financing agreed?"));
            send(passage(release, 3, "Sergey Lavrov: Yes, it is."));
            assertThat(statements(release, 4)).extracting(r -> r.value().speaker())
                    .containsExactly("Sergey Lavrov", "Question", "Question", "Sergey Lavrov");

            Files.writeString(taxonomy, taxonomy("v2", "river-transport", "barge"));
            ServiceProcess live = second;
            await().atMost(WAIT).until(() -> get(live, "/taxonomy").contains("\"version\":\"v2\""));
            send(passage(release, 4, "A barge will carry the pipes."));
            Statement reloaded = statements(release, 5).get(4).value();
            assertThat(reloaded.taxonomyVersion()).isEqualTo("v2");
            assertThat(reloaded.topicCodes()).containsExactly("river-transport");
            assertThat(TopicReader.await(Topics.statementsFor("river-transport"), JsonSerde.statements(),
                    r -> r.key().equals(release), 1, WAIT)).hasSize(1);

            Files.writeString(taxonomy, taxonomy("v2", "energy", "barge"));
            await().atMost(WAIT).until(() -> get(live, "/taxonomy").contains("still 'v2'"));
            send(passage(release, 5, "Another barge follows."));
            Statement unchanged = statements(release, 6).get(5).value();
            assertThat(unchanged.taxonomyVersion()).isEqualTo("v2");
            assertThat(unchanged.topicCodes()).containsExactly("river-transport");
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    private static Map<String, String> instance(Map<String, String> settings, String instance) {
        Map<String, String> withInstance = new HashMap<>(settings);
        withInstance.put("statewire.instance", instance);
        return withInstance;
    }

    private static String taxonomy(String version, String code, String word) {
        return """
                version: "%s"
                topics:
                  - {code: %s, label: Test topic, cap: 8, rules: [{any: [%s], weight: 0.9}]}
                """.formatted(version, code, word);
    }

    private static List<ConsumerRecord<String, Statement>> statements(String release, int count) {
        return TopicReader.await(Topics.STATEMENTS, JsonSerde.statements(), r -> r.key().equals(release), count, WAIT);
    }

    private static Passage passage(String releaseId, int position, String text) {
        return SamplePassages.passage(releaseId, position, text, TITLE);
    }

    private static String get(ServiceProcess service, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + service.httpPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
