package io.statewire.classify;

import static io.statewire.testing.SamplePassages.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.statewire.classify.tagging.Classifier;
import io.statewire.contracts.DeadLetterHeaders;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.Passage;
import io.statewire.contracts.PipelineHeaders;
import io.statewire.contracts.Statement;
import io.statewire.contracts.StatementHeaders;
import io.statewire.contracts.Topics;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.KafkaBrokerResource;
import io.statewire.testing.SamplePassages;
import io.statewire.testing.ServiceEndpoints;
import io.statewire.testing.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** classify-service against a real broker: passages in, statements and dead letters out, read committed. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class ClassifyServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "quarkus.http.test-port")
    int httpPort;

    @Inject
    Classifier classifier;

    @Test
    void createsAOnePartitionStatementTopicPerTopicCodeAndTheTurnsTopicPartitionedLikeThePassages() {
        List<String> statementTopics = classifier.taxonomy().codes().stream().map(Topics::statementsFor).toList();
        var described = KafkaBroker.companion().topics().describe(statementTopics.toArray(String[]::new));
        assertThat(described).hasSize(statementTopics.size()).hasSizeGreaterThan(10);
        assertThat(described.values()).allSatisfy(topic -> assertThat(topic.partitions()).as(topic.name()).hasSize(1));

        var passagesAndTurns = KafkaBroker.companion().topics().describe(Topics.PASSAGES, Topics.CLASSIFY_TURNS);
        assertThat(passagesAndTurns.get(Topics.CLASSIFY_TURNS).partitions())
                .hasSameSizeAs(passagesAndTurns.get(Topics.PASSAGES).partitions()).hasSize(3);
    }

    @Test
    void eachPassageBecomesOneStatement() {
        send(passage("it:c-1", 0, "First statement."));
        send(passage("it:c-1", 1, "Second statement."));

        var statements = TopicReader.await(Topics.STATEMENTS, JsonSerde.statements(), r -> r.key().equals("it:c-1"), 2,
                WAIT);
        assertThat(statements).extracting(r -> r.value().text()).containsExactly("First statement.", "Second statement.");
        Statement first = statements.get(0).value();
        assertThat(first.schema()).isEqualTo(Statement.SCHEMA);
        assertThat(first.statementId()).isEqualTo(passage("it:c-1", 0, "First statement.").passageId());
        assertThat(first.url()).isEqualTo("http://127.0.0.1/r/it:c-1");
        assertThat(first.taxonomyVersion()).isNotBlank();
        assertThat(TopicReader.during(Topics.STATEMENTS, JsonSerde.statements(), r -> r.key().equals("it:c-1"),
                Duration.ofSeconds(2))).hasSize(2);
    }

    @Test
    void statementsAreTaggedAndAlsoPublishedToTheTopicOfEachTag() {
        String text = "The ministers condemned the terrorist attack in Peshawar, Pakistan, and agreed to step up "
                + "counter-terrorism cooperation within the Shanghai Cooperation Organisation.";
        send(passage("it:c-tags", 0, text));

        var statement = TopicReader.await(Topics.STATEMENTS, JsonSerde.statements(),
                r -> r.key().equals("it:c-tags"), 1, WAIT).get(0);
        assertThat(statement.value().topicCodes()).contains("terrorism");
        assertThat(statement.value().topics().get(0).evidence()).contains("terrorist", "counter-terrorism");
        assertThat(statement.value().places()).containsExactly("PK");
        assertThat(statement.value().organisations()).containsExactly("SCO");
        assertThat(TopicReader.header(statement, StatementHeaders.TOPICS))
                .isEqualTo(String.join(",", statement.value().topicCodes()));
        assertThat(TopicReader.header(statement, StatementHeaders.PLACES)).isEqualTo("PK");
        assertThat(TopicReader.header(statement, StatementHeaders.ORGANISATIONS)).isEqualTo("SCO");
        for (String code : statement.value().topicCodes()) {
            assertThat(TopicReader.await(Topics.statementsFor(code), JsonSerde.statements(),
                    r -> r.key().equals("it:c-tags"), 1, WAIT)).as(code).singleElement()
                    .satisfies(r -> assertThat(r.value()).isEqualTo(statement.value()));
        }
        assertThat(TopicReader.during(Topics.statementsFor("energy"), JsonSerde.statements(),
                r -> r.key().equals("it:c-tags"), Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void unreadableRecordsGoToDeadLetterTopicAndProcessingGoesOn() throws Exception {
        KafkaBroker.companion().produce(Serdes.String(), Serdes.ByteArray())
                .fromRecords(
                        new ProducerRecord<>(Topics.PASSAGES, "it:c-bad", "not json".getBytes(StandardCharsets.UTF_8)),
                        new ProducerRecord<>(Topics.PASSAGES, "it:c-bad", "{\"schema\":\"statement/1\"}"
                                .getBytes(StandardCharsets.UTF_8)))
                .awaitCompletion();
        send(passage("it:c-good", 0, "After the bad records."));

        var dead = TopicReader.await(Topics.deadLetter(Topics.PASSAGES), Serdes.ByteArray(),
                r -> r.key().equals("it:c-bad"), 2, WAIT);
        assertThat(dead).extracting(r -> TopicReader.header(r, DeadLetterHeaders.REASON))
                .containsExactly("malformed JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, "
                        + "Object or token 'null', 'true' or 'false')", "passage/1: wrong schema 'statement/1'");
        assertThat(dead).extracting(r -> TopicReader.header(r, DeadLetterHeaders.TOPIC)).containsOnly(Topics.PASSAGES);
        assertThat(dead).allSatisfy(r -> assertThat(TopicReader.header(r, DeadLetterHeaders.OFFSET)).matches("\\d+"));
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("not json");
        assertThat(TopicReader.await(Topics.STATEMENTS, JsonSerde.statements(), r -> r.key().equals("it:c-good"), 1,
                WAIT)).hasSize(1);

        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/q/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            String metrics = new ServiceEndpoints(httpPort).metrics();
            for (String reason : new String[] {"malformed-json", "wrong-schema"}) {
                assertThat(ServiceEndpoints.valueIn(metrics, "statewire_classify_dead_letters_total{reason=\"" + reason
                        + "\"}")).as(reason).hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(1));
            }
        });
    }

    @Test
    void readyWithTheBrokerAndCountsStatementsTopicsAndTheDelayFromTheFetch() {
        Passage passage = passage("it:c-ops", 0, "The ministers condemned the terrorist attack and called for "
                + "counter-terrorism cooperation.");
        var headers = new RecordHeaders().add(PipelineHeaders.FETCHED_AT,
                Instant.now().minusSeconds(30).toString().getBytes(StandardCharsets.UTF_8));
        KafkaBroker.companion().produce(Serdes.String(), Serdes.ByteArray()).fromRecords(new ProducerRecord<>(
                Topics.PASSAGES, null, passage.releaseId(), EventJson.write(passage), headers)).awaitCompletion();
        var statement = TopicReader.await(Topics.STATEMENTS, JsonSerde.statements(),
                r -> r.key().equals("it:c-ops"), 1, WAIT).get(0);
        assertThat(statement.value().topicCodes()).contains("terrorism");

        var endpoints = new ServiceEndpoints(httpPort);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            String metrics = endpoints.metrics();
            assertThat(ServiceEndpoints.valueIn(metrics, "statewire_classify_statements_total"))
                    .hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(1));
            String terrorism = "statewire_classify_statement_topics_total{topic=\"terrorism\"}";
            assertThat(ServiceEndpoints.valueIn(metrics, terrorism))
                    .hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(1));
            assertThat(ServiceEndpoints.valueIn(metrics, "statewire_classify_delay_seconds_count"))
                    .hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(1));
            assertThat(ServiceEndpoints.valueIn(metrics, "statewire_classify_delay_seconds_max"))
                    .hasValueSatisfying(seconds -> assertThat(seconds).isGreaterThanOrEqualTo(30));
            assertThat(metrics).containsPattern(
                    "(?m)^kafka_consumer_fetch_manager_records_lag_max\\{.*client_id=\"kafka-consumer-passages-in\"");
        });
        HttpResponse<String> ready = endpoints.get("/q/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\": \"Kafka connection\"").contains("\"passages-in\": \"[OK]\"");
    }

    private static Passage passage(String releaseId, int position, String text) {
        return SamplePassages.passage(releaseId, position, text, "A release");
    }
}
