package io.statewire.classify.web;

import static io.statewire.classify.web.SampleStatements.statement;
import static io.statewire.classify.web.SampleStatements.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.Statement;
import io.statewire.testing.KafkaBrokerResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The statement endpoints against a real broker: statements written to {@code press.statements} are answered by
 * {@code GET /statements} with its filters and limit, and streamed by {@code GET /statements/stream}. The topic is
 * shared with the other tests of the JVM, so each test looks only at its own releases.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class StatementEndpointsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @ConfigProperty(name = "quarkus.http.test-port")
    int httpPort;

    @Inject
    StatementFeed feed;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void recentStatementsAreAnsweredNewestFirstAndFiltered() {
        String release = "it:web-" + run;
        Statement gasInFrance = statement(release, 0, "Gas for France.", List.of(topic("energy", "gas")),
                List.of("FR"), List.of("EU"));
        Statement troops = statement(release, 1, "Troops in France.", List.of(topic("defence", "troops")),
                List.of("FR"), List.of("NATO"));
        Statement oilInGermany = statement(release, 2, "Oil for Germany.", List.of(topic("energy", "oil"),
                topic("trade", "exports")), List.of("DE"), List.of("UN", "EU"));
        StatementsTopic.publish(gasInFrance, troops, oilInGermany);

        await().atMost(WAIT).until(() -> ours(release, "").size() == 3);

        assertThat(ours(release, "")).containsExactly(oilInGermany, troops, gasInFrance);
        assertThat(ours(release, "topic=energy")).containsExactly(oilInGermany, gasInFrance);
        assertThat(ours(release, "topic=energy&place=FR")).containsExactly(gasInFrance);
        assertThat(ours(release, "organisation=eu")).containsExactly(oilInGermany, gasInFrance);
        assertThat(ours(release, "organisation=NATO&place=FR")).containsExactly(troops);
        assertThat(ours(release, "topic=defence&organisation=EU")).isEmpty();
        assertThat(statements("topic=energy&limit=1000")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.topicCodes()).contains("energy"));
        assertThat(statements("limit=2")).containsExactly(oilInGermany, troops);
        assertThat(tree(get("/statements?limit=1").body()).get(0))
                .as("the contract's JSON, field for field").isEqualTo(tree(EventJson.writeString(oilInGermany)));
        assertThat(statements("")).hasSizeLessThanOrEqualTo(Limit.DEFAULT);
    }

    @Test
    void aBadLimitIsRefusedWithTheReason() {
        for (String limit : List.of("0", "1001", "lots")) {
            HttpResponse<String> response = get("/statements?limit=" + limit);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(read(response.body(), new TypeReference<Map<String, String>>() {
            })).containsEntry("error", "limit must be a whole number from 1 to 1000, was '" + limit + "'");
        }
    }

    @Test
    void theStreamSendsMatchingStatementsPublishedAfterTheClientConnected() throws Exception {
        String code = "web-live-" + run;
        String release = "it:web-live-" + run;
        List<String> lines = new CopyOnWriteArrayList<>();
        int listening = feed.listeners();
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + httpPort + "/statements/stream?topic=" + code + "&place=FR"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> stream.body().forEach(lines::add), "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("content-type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            await().atMost(WAIT).until(() -> feed.listeners() > listening);

            Statement elsewhere = statement(release, 0, "Elsewhere.", List.of(topic(code)), List.of("DE"), List.of());
            Statement otherTopic = statement(release, 1, "Other topic.", List.of(topic("energy")), List.of("FR"),
                    List.of());
            Statement wanted = statement(release, 2, "Wanted <b>here</b>.", List.of(topic(code, "here")),
                    List.of("FR"), List.of("EU"));
            StatementsTopic.publish(elsewhere, otherTopic, wanted);

            await().atMost(WAIT).until(() -> !events(lines).isEmpty());
            assertThat(events(lines)).containsExactly(wanted);
        } finally {
            stream.body().close();
        }
    }

    @Test
    void theLivePageIsServedAtTheRootWithItsScriptAndStyle() {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("content-security-policy")).hasValueSatisfying(
                policy -> assertThat(policy).startsWith("default-src 'self'"));
        assertThat(page.body()).contains("src=\"live.js\"", "href=\"live.css\"");
        assertThat(get("/live.js").statusCode()).isEqualTo(200);
        assertThat(get("/live.css").statusCode()).isEqualTo(200);
    }

    private List<Statement> ours(String release, String query) {
        return statements(query + (query.isEmpty() ? "" : "&") + "limit=1000").stream()
                .filter(s -> s.releaseId().equals(release)).toList();
    }

    private List<Statement> statements(String query) {
        HttpResponse<String> response = get("/statements" + (query.isEmpty() ? "" : "?" + query));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response.body(), new TypeReference<List<Statement>>() {
        });
    }

    private static List<Statement> events(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("data:"))
                .map(line -> EventJson.read(line.substring("data:".length()).strip(), Statement.class)).toList();
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode tree(String json) {
        return read(json, new TypeReference<JsonNode>() {
        });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("not the JSON expected: " + json, e);
        }
    }
}
