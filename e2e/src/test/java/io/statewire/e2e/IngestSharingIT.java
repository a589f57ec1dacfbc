package io.statewire.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.ServiceEndpoints;
import io.statewire.testing.ServiceProcess;
import io.statewire.testing.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

/**
 * Two ingest-service instances share six sources (each on a local press site of its own) through their consumer group:
 * each source is polled by one instance at a time, every release is published once; when one instance is killed
 * (SIGKILL), the other takes its sources over after the session timeout, publishes what the sites add afterwards
 * once, and publishes nothing again.
 */
class IngestSharingIT {

    private static final int SOURCES = 6;
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration TAKEOVER = Duration.ofSeconds(30);
    private static final String ADMIN_PASSWORD = "sharing-admin-password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FETCHES = Pattern.compile(
            "^statewire_ingest_fetches_total\\{outcome=\"[^\"]+\",source=\"([^\"]+)\"} (\\S+)$", Pattern.MULTILINE);

    @Test
    void instancesShareTheSourcesAndTakeOverACrashedOnesWithoutPublishingTwice() throws Exception {
        String bootstrap = KafkaBroker.bootstrapServers();
        KafkaBroker.createTopics(Topics.PIPELINE);
        String run = "share-" + UUID.randomUUID().toString().substring(0, 8);
        Path work = Files.createDirectories(Path.of("target", run));
        Map<String, CountingPressSite> sites = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> source : sourceHosts(run, partitions()).entrySet()) {
                CountingPressSite site = CountingPressSite.start(source.getKey(), source.getValue());
                site.add(1);
                site.add(2);
                sites.put(source.getKey(), site);
            }
            Path sources = writeSources(work.resolve("sources.yaml"), sites.values());
            Set<String> published = new HashSet<>();

            try (ServiceProcess first = ServiceProcess.start("ingest-service",
                    settings(bootstrap, run, sources, "a"))) {
                // the first alone polls every source
                first.awaitReady(START);
                expectReleases(run, published, 2 * SOURCES);
                assertThat(polledBy(first)).containsExactlyInAnyOrderElementsOf(sites.keySet());

                // the second joins: the sources are shared out, and nothing is published again
                try (ServiceProcess second = ServiceProcess.start("ingest-service",
                        settings(bootstrap, run, sources, "b"))) {
                    second.awaitReady(START);
                    await().atMost(TAKEOVER).untilAsserted(() -> {
                        Set<String> ofFirst = polledBy(first);
                        Set<String> ofSecond = polledBy(second);
                        assertThat(ofFirst).isNotEmpty().allSatisfy(id -> assertThat(ofSecond).doesNotContain(id));
                        assertThat(ofSecond).isNotEmpty();
                        assertThat(union(ofFirst, ofSecond)).containsExactlyInAnyOrderElementsOf(sites.keySet());
                    });
                    Set<String> ofFirst = polledBy(first);
                    Set<String> ofSecond = polledBy(second);
                    assertFetchedOnlyByOwners(Map.of(first, ofFirst, second, ofSecond), sites.keySet());
                    String elsewhere = ofSecond.iterator().next();
                    var refused = post(first, "/sources/" + elsewhere + "/poll");
                    assertThat(refused.statusCode()).isEqualTo(409);
                    assertThat(refused.body()).contains("polled by " + run + "-ingest-" + run + "-b at ");
                    assertThat(post(second, "/sources/" + elsewhere + "/poll").statusCode()).isEqualTo(200);

                    sites.values().forEach(site -> site.add(3));
                    expectReleases(run, published, 3 * SOURCES);

                    // the first crashes: the second takes its sources over and publishes what they add afterwards
                    first.kill();
                    long killedAt = System.nanoTime();
                    ofFirst.forEach(sourceId -> sites.get(sourceId).add(4));
                    await().atMost(TAKEOVER).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                            assertThat(polledBy(second)).containsExactlyInAnyOrderElementsOf(sites.keySet()));
                    System.out.printf("%s: sources %s taken over %d ms after the kill%n", run, ofFirst,
                            Duration.ofNanos(System.nanoTime() - killedAt).toMillis());
                    expectReleases(run, published, 3 * SOURCES + ofFirst.size());
                    assertThat(published).filteredOn(url -> url.matches(".*/releases/4/?")).hasSize(ofFirst.size());

                    assertThat(second.stop()).isIn(0, 130, 143);
                }
                // polls of several sources publish at once, one transaction after the other
                assertThat(first.logLines()).noneMatch(line -> line.contains("transaction is already in progress"));
            }
            assertThat(sites.values()).allSatisfy(site -> assertThat(site.mostAtOnce())
                    .as("requests at once to the site of " + site.name()).isEqualTo(1));
        } finally {
            sites.values().forEach(CountingPressSite::close);
        }
    }

    /**
     * Waits for {@code count} releases of this run on press.releases (read committed), then a few polls more:
     * every release appears once, all of them as revision 1; their URLs go into {@code published}.
     */
    private static void expectReleases(String run, Set<String> published, int count) {
        TopicReader.await(Topics.RELEASES, JsonSerde.releases(), r -> r.value().source().startsWith(run), count,
                Duration.ofSeconds(60));
        List<PressRelease> all = TopicReader.during(Topics.RELEASES, JsonSerde.releases(),
                r -> r.value().source().startsWith(run), Duration.ofSeconds(4)).stream()
                .map(ConsumerRecord::value).toList();
        assertThat(all).as("releases published").hasSize(count);
        assertThat(all).extracting(PressRelease::releaseId).doesNotHaveDuplicates();
        assertThat(all).extracting(PressRelease::revision).containsOnly(1);
        all.forEach(release -> published.add(release.url()));
    }

    /** The sources an instance polls now, as its readiness check lists them. */
    private static Set<String> polledBy(ServiceProcess ingest) throws Exception {
        JsonNode health = JSON.readTree(new ServiceEndpoints(ingest.httpPort()).get("/q/health/ready").body());
        for (JsonNode check : health.path("checks")) {
            if (check.path("name").asText().equals("Source share") && check.path("status").asText().equals("UP")) {
                String sources = check.path("data").path("sources").asText();
                return sources.isEmpty() ? Set.of() : Set.of(sources.split(","));
            }
        }
        return Set.of();
    }

    /** Over a few polls, each source's fetch counter grows on the instance that owns it, and only there. */
    private static void assertFetchedOnlyByOwners(Map<ServiceProcess, Set<String>> owners, Set<String> sources)
            throws InterruptedException {
        Map<ServiceProcess, Map<String, Double>> before = new HashMap<>();
        owners.keySet().forEach(ingest -> before.put(ingest, fetches(ingest)));
        Thread.sleep(3000);
        for (ServiceProcess ingest : owners.keySet()) {
            Map<String, Double> after = fetches(ingest);
            Set<String> grown = sources.stream()
                    .filter(s -> after.getOrDefault(s, 0.0) > before.get(ingest).getOrDefault(s, 0.0))
                    .collect(Collectors.toSet());
            assertThat(grown).as("sources fetched by the instance on port " + ingest.httpPort())
                    .containsExactlyInAnyOrderElementsOf(owners.get(ingest));
        }
    }

    /** Fetches per source, every outcome added up. */
    private static Map<String, Double> fetches(ServiceProcess ingest) {
        Map<String, Double> bySource = new HashMap<>();
        Matcher line = FETCHES.matcher(new ServiceEndpoints(ingest.httpPort()).metrics());
        while (line.find()) {
            bySource.merge(line.group(1), Double.parseDouble(line.group(2)), Double::sum);
        }
        return bySource;
    }

    /**
     * Six sources by id, each on a loopback address of its own (sources are placed by their site's host), two on
     * each partition of the group's topic, so that both instances get sources.
     */
    private static Map<String, String> sourceHosts(String run, int partitions) {
        Map<String, String> hosts = new LinkedHashMap<>();
        int[] perPartition = new int[partitions];
        for (int n = 2; hosts.size() < SOURCES; n++) {
            String host = "127.0.0." + n;
            int partition = Utils.toPositive(Utils.murmur2(host.getBytes(StandardCharsets.UTF_8))) % partitions;
            if (perPartition[partition] < SOURCES / partitions) {
                perPartition[partition]++;
                hosts.put(run + "-" + n, host);
            }
        }
        return hosts;
    }

    private static int partitions() {
        return KafkaBroker.companion().topics().describe(Topics.INGEST_STATE).get(Topics.INGEST_STATE)
                .partitions().size();
    }

    private static Path writeSources(Path file, Iterable<CountingPressSite> sites) throws Exception {
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (CountingPressSite site : sites) {
            yaml.append("""
                      - id: %s
                        profile: rss
                        feed-url: %s
                        language: en
                        poll-interval: 1s
                        allow-private-network: true
                    """.formatted(site.name(), site.feedUrl()));
        }
        return Files.writeString(file, yaml);
    }

    private static Map<String, String> settings(String bootstrap, String run, Path sources, String instance) {
        return Map.of("kafka.bootstrap.servers", bootstrap,
                "statewire.sources", sources.toAbsolutePath().toString(),
                "statewire.instance", run + "-" + instance,
                "statewire.ingest.group.id", run + "-ingest",
                "statewire.ingest.min-host-delay", "PT0.05S",
                "statewire.admin.password", ADMIN_PASSWORD);
    }

    private static HttpResponse<String> post(ServiceProcess ingest, String path) throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ingest.httpPort() + path))
                .header("Authorization", "Basic " + credentials).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
