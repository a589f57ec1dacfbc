package io.statewire.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.statewire.contracts.DeadLetterHeaders;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.Passage;
import io.statewire.contracts.PassageRepeat;
import io.statewire.contracts.PipelineHeaders;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.KafkaBrokerResource;
import io.statewire.testing.SampleReleases;
import io.statewire.testing.ServiceEndpoints;
import io.statewire.testing.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** dedup-service against a real broker: releases in, passages and dead letters out. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class DedupServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "quarkus.http.test-port")
    int httpPort;

    @Test
    void publishesEachPassageOnceWithExactlyOnce() {
        send(SampleReleases.release("it:dup-1", 1, "Repeated text on one page.", "Unique text.",
                "Repeated text on one page."));
        var first = TopicReader.await(Topics.PASSAGES, JsonSerde.passages(), r -> r.key().equals("it:dup-1"), 2, WAIT);
        assertThat(first).extracting(r -> r.value().text())
                .containsExactlyInAnyOrder("Repeated text on one page.", "Unique text.");

        // releases on different partitions have no order between them: send the repeat once the first is through
        send(SampleReleases.release("it:dup-2", 1, "Unique text.", "Another new text."));
        var second = TopicReader.await(Topics.PASSAGES, JsonSerde.passages(), r -> r.key().equals("it:dup-2"), 1, WAIT);
        assertThat(second).extracting(r -> r.value().text()).containsExactly("Another new text.");

        var all = TopicReader.during(Topics.PASSAGES, JsonSerde.passages(), r -> r.key().startsWith("it:dup-"),
                Duration.ofSeconds(3));
        assertThat(all).hasSize(3);
        assertThat(all).extracting(r -> r.value().schema()).containsOnly(Passage.SCHEMA);
        assertThat(first).extracting(r -> r.value().position()).containsExactly(0, 1);

        var repeats = TopicReader.await(Topics.PASSAGE_REPEATS, new JsonSerde<>(PassageRepeat.class),
                r -> r.key().startsWith("it:dup-"), 2, WAIT);
        assertThat(repeats).extracting(r -> r.value().releaseId() + "@" + r.value().position())
                .containsExactly("it:dup-1@2", "it:dup-2@0");

        String passageId = second.get(0).value().passageId();
        HttpResponse<String> firstSeen = get("/passages/" + passageId);
        assertThat(firstSeen.statusCode()).as(firstSeen.body()).isEqualTo(200);
        assertThat(firstSeen.body()).contains("\"releaseId\":\"it:dup-2\"").contains("\"position\":1");
        assertThat(get("/passages/" + "0".repeat(32)).statusCode()).isEqualTo(404);
        HttpResponse<String> stats = get("/stats");
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(stats.body()).matches(".*\"seen\":[1-9][0-9]*.*").matches(".*\"exactRepeats\":[1-9][0-9]*.*");
    }

    @Test
    void theSamePassageInTwoReleasesOnTwoPartitionsIsPublishedOnce() {
        String shared = "A passage that two releases published at the same moment, on two partitions.";
        var one = SampleReleases.release("it:parts-1", 1, shared, "Only in the first release.");
        var two = SampleReleases.release("it:parts-2", 1, shared, "Only in the second release.");
        KafkaBroker.companion().produce(Serdes.String(), Serdes.ByteArray()).fromRecords(
                new ProducerRecord<>(Topics.RELEASES, 0, one.releaseId(), EventJson.write(one)),
                new ProducerRecord<>(Topics.RELEASES, 1, two.releaseId(), EventJson.write(two))).awaitCompletion();

        var published = TopicReader.await(Topics.PASSAGES, JsonSerde.passages(), r -> r.key().startsWith("it:parts-"),
                3, WAIT);
        assertThat(published).extracting(r -> r.value().text()).containsOnlyOnce(shared)
                .contains("Only in the first release.", "Only in the second release.");
        var repeats = TopicReader.await(Topics.PASSAGE_REPEATS, new JsonSerde<>(PassageRepeat.class),
                r -> r.key().startsWith("it:parts-"), 1, WAIT);
        String winner = published.stream().filter(r -> r.value().text().equals(shared)).findFirst().orElseThrow()
                .key();
        assertThat(repeats).singleElement().satisfies(repeat -> {
            assertThat(repeat.value().repeatsReleaseId()).isEqualTo(winner);
            assertThat(repeat.key()).isNotEqualTo(winner);
        });
        assertThat(TopicReader.during(Topics.PASSAGES, JsonSerde.passages(), r -> r.key().startsWith("it:parts-"),
                Duration.ofSeconds(3))).hasSize(3);
    }

    private HttpResponse<String> get(String path) {
        try {
            return HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void unreadableRecordGoesToDeadLetterTopicAndServiceStaysUp() throws Exception {
        KafkaBroker.companion().produce(Serdes.String(), Serdes.ByteArray())
                .fromRecords(new ProducerRecord<>(Topics.RELEASES, "it:bad-1", "{broken".getBytes(StandardCharsets.UTF_8)))
                .awaitCompletion();
        send(SampleReleases.release("it:after-bad", 1, "Processed after a bad record."));

        var dead = TopicReader.await(Topics.deadLetter(Topics.RELEASES), Serdes.ByteArray(),
                r -> r.key().equals("it:bad-1"), 1, WAIT);
        assertThat(TopicReader.header(dead.get(0), DeadLetterHeaders.REASON)).startsWith("malformed JSON");
        assertThat(TopicReader.header(dead.get(0), DeadLetterHeaders.TOPIC)).isEqualTo(Topics.RELEASES);
        assertThat(TopicReader.header(dead.get(0), DeadLetterHeaders.PARTITION)).matches("\\d+");
        assertThat(TopicReader.header(dead.get(0), DeadLetterHeaders.OFFSET)).matches("\\d+");
        assertThat(TopicReader.await(Topics.PASSAGES, JsonSerde.passages(), r -> r.key().equals("it:after-bad"), 1, WAIT))
                .hasSize(1);

        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/q/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\": \"UP\"");
        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(new ServiceEndpoints(httpPort)
                .value("statewire_dedup_dead_letters_total{reason=\"malformed-json\"}")).hasValueSatisfying(
                        count -> assertThat(count).isGreaterThanOrEqualTo(1)));
    }

    @Test
    void readyWithTheBrokerAndCountsWhatItDecided() {
        var release = SampleReleases.release("it:ops-1", 1, "A passage for the metrics.", "To be continued...");
        var headers = new RecordHeaders().add(PipelineHeaders.FETCHED_AT,
                "2026-11-27T09:30:00.250Z".getBytes(StandardCharsets.UTF_8));
        KafkaBroker.companion().produce(Serdes.String(), Serdes.ByteArray()).fromRecords(new ProducerRecord<>(
                Topics.RELEASES, null, release.releaseId(), EventJson.write(release), headers)).awaitCompletion();
        var passage = TopicReader.await(Topics.PASSAGES, JsonSerde.passages(), r -> r.key().equals("it:ops-1"), 1, WAIT);
        assertThat(TopicReader.header(passage.get(0), PipelineHeaders.FETCHED_AT)).isEqualTo("2026-11-27T09:30:00.250Z");

        var endpoints = new ServiceEndpoints(httpPort);
        HttpResponse<String> ready = endpoints.get("/q/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\": \"Kafka connection\"").contains("\"state\": \"RUNNING\"");
        String metrics = endpoints.metrics();
        assertThat(ServiceEndpoints.valueIn(metrics, "statewire_dedup_passages_total{verdict=\"unique\"}"))
                .hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(1));
        assertThat(ServiceEndpoints.valueIn(metrics, "statewire_dedup_passages_total{verdict=\"boilerplate\"}"))
                .hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(1));
        assertThat(ServiceEndpoints.valueIn(metrics, "statewire_dedup_streams_running")).hasValue(1.0);
        assertThat(metrics).containsPattern("(?m)^statewire_dedup_passages_total\\{verdict=\"(exact|near)\"\\} ")
                .containsPattern("(?m)^kafka_consumer_fetch_manager_records_lag_max\\{.*client_id=\"statewire-dedup-")
                .containsPattern("(?m)^kafka_stream_thread_process_total\\{");
    }

    private static void send(PressRelease release) {
        KafkaBroker.companion().produce(Serdes.String(), Serdes.ByteArray())
                .fromRecords(new ProducerRecord<>(Topics.RELEASES, release.releaseId(), EventJson.write(release)))
                .awaitCompletion();
    }
}
