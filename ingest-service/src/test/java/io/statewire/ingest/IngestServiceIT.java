package io.statewire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.PipelineHeaders;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.ingest.messaging.KafkaReleaseSink;
import io.statewire.ingest.messaging.ReleaseStateLoader;
import io.statewire.ingest.state.ReleaseState;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.KafkaBrokerResource;
import io.statewire.testing.ServiceEndpoints;
import io.statewire.testing.TopicReader;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

/** ingest-service watching the sample press site over real HTTP and publishing to a real broker. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(SampleSiteResource.class)
class IngestServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.test-port")
    int httpPort;

    @Inject
    KafkaReleaseSink sink;

    @Test
    void publishesEveryReleaseOnceAndAGrownReleaseAsRevisionTwo() throws Exception {
        List<ConsumerRecord<String, PressRelease>> records = TopicReader.await(Topics.RELEASES, JsonSerde.releases(),
                r -> r.value().source().equals("sample"), 7, WAIT);
        // seven: six releases, and the growing one again as revision 2; wait a few polls more for anything extra
        List<PressRelease> all = TopicReader.during(Topics.RELEASES, JsonSerde.releases(),
                r -> r.value().source().equals("sample"), Duration.ofSeconds(4)).stream()
                .map(ConsumerRecord::value).toList();
        assertThat(records).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().releaseId()));
        assertThat(records).allSatisfy(r -> assertThat(TopicReader.header(r, PipelineHeaders.FETCHED_AT))
                .isEqualTo(r.value().fetchedAt()));
        assertThat(all).hasSize(7);

        Map<String, List<PressRelease>> byId = all.stream().collect(Collectors.groupingBy(PressRelease::releaseId));
        assertThat(byId).hasSize(6);
        List<PressRelease> grown = byId.get("sample:127.0.0.1:" + port() + "/press/releases/1005");
        assertThat(grown).extracting(PressRelease::revision).containsExactly(1, 2);
        assertThat(grown.get(0).paragraphs()).last().isEqualTo("To be continued...");
        assertThat(grown.get(1).paragraphs()).hasSize(6).doesNotContain("To be continued...");
        assertThat(grown.get(1).contentHash()).isNotEqualTo(grown.get(0).contentHash());

        PressRelease twice = byId.get("sample:127.0.0.1:" + port() + "/press/releases/1002").get(0);
        assertThat(twice.paragraphs()).hasSize(6);
        assertThat(twice.paragraphs().subList(0, 3)).isEqualTo(twice.paragraphs().subList(3, 6));
        assertThat(twice.title()).isEqualTo("Statement by the Foreign Ministry on the terrorist attack in Islamabad");
        assertThat(twice.publishedAt()).isEqualTo("2026-11-21T09:05+03:00");
        assertThat(twice.tags()).containsExactly("Pakistan", "Terrorism");
        assertThat(twice.paragraphs()).noneMatch(p -> p.contains("Share:") || p.contains("Materials may be reused")
                || p.contains("Press releases"));

        String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + httpPort + "/q/metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("statewire_ingest_releases_published_total{kind=\"revised\",source=\"sample\"} 1.0")
                .contains("statewire_ingest_releases_published_total{kind=\"new\",source=\"sample\"} 6.0")
                .contains("statewire_ingest_fetches_total{outcome=\"ok\",source=\"sample\"}")
                .containsPattern("statewire_ingest_last_successful_poll_seconds\\{source=\"sample\"\\} [1-9]")
                .contains("statewire_ingest_poll_interval_seconds{source=\"sample\"} 1.0")
                .containsPattern("(?m)^statewire_ingest_releases_remembered [1-9]")
                .containsPattern("(?m)^kafka_producer_record_send_total\\{.*client_id=\"kafka-producer-releases-out\"");
        var ready = new ServiceEndpoints(httpPort).get("/q/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\": \"Kafka connection\"").contains("\"releases-out\": \"[OK]\"")
                .contains("\"name\": \"Source share\"").contains("\"sources\": \"sample\"");

        var states = TopicReader.await(Topics.INGEST_STATE, Serdes.String(), r -> byId.containsKey(r.key()), 7, WAIT);
        assertThat(states).extracting(ConsumerRecord::value)
                .anySatisfy(state -> assertThat(state).contains("\"revision\":2").contains("/press/releases/1005"));
    }

    @Test
    void aForgottenReleaseLeavesATombstoneAndIsNotReadBackAtStartUp() throws Exception {
        String run = "forget-test:" + System.nanoTime();
        String fetchedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        ReleaseState forgotten = publishTestRelease(run + "-1", fetchedAt);
        ReleaseState kept = publishTestRelease(run + "-2", fetchedAt);
        Map<String, Object> kafka = Map.of("bootstrap.servers", KafkaBroker.bootstrapServers());
        // the loader reads up to the last stable offset: wait until the commits have made the records visible
        TopicReader.await(Topics.INGEST_STATE, Serdes.String(), r -> r.key().startsWith(run), 2, WAIT);
        assertThat(ReleaseStateLoader.load(kafka, WAIT)).contains(forgotten, kept);

        sink.forget(List.of(forgotten));

        var records = TopicReader.await(Topics.INGEST_STATE, Serdes.String(),
                r -> r.key().equals(forgotten.releaseId()), 2, WAIT);
        assertThat(records.get(0).value()).contains("\"fetchedAt\":\"" + fetchedAt + "\"");
        assertThat(records.get(1).value()).as("a tombstone").isNull();
        assertThat(ReleaseStateLoader.load(kafka, WAIT)).contains(kept).doesNotContain(forgotten);
    }

    /** Publishes a one-paragraph release {@code id} of the source "forget-test" through the sink; its state. */
    private ReleaseState publishTestRelease(String id, String fetchedAt) throws Exception {
        String url = "https://example.org/" + id;
        PressRelease release = new PressRelease(PressRelease.SCHEMA, id, 1, "forget-test", url, null, "A release",
                null, "en", List.of(), List.of("One paragraph."), "sha256:00", fetchedAt);
        ReleaseState state = new ReleaseState(id, "forget-test", url, 1, "sha256:00", null, null, fetchedAt);
        sink.publish(release, state);
        return state;
    }

    private static int port() {
        return Integer.parseInt(SampleSiteResource.site.baseUrl().replaceAll(".*:", ""));
    }
}
