package io.statewire.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.Topics;
import io.statewire.local.sample.SampleSite;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.ServiceProcess;
import io.statewire.testing.TopicReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The monitoring files in {@code deploy/} against the running pipeline: {@code promtool} accepts the Prometheus
 * configuration and the alert rules and passes the rules' own tests; a real Prometheus server, configured from
 * {@code deploy/prometheus/prometheus.yml} with the three packaged services as its targets, finds them all up,
 * holds each service's {@code statewire_*} series, evaluates every rule without error, fires the dead-letter alert
 * when bad records arrive, and can answer every query of the Grafana dashboard from metrics the services expose.
 */
class MonitoringIT {

    private static final Path PROMETHEUS_FILES = Path.of("..", "deploy", "prometheus").toAbsolutePath().normalize();
    private static final Path DASHBOARD = Path.of("..", "deploy", "grafana", "statewire.json");
    private static final Pattern METRIC_NAME = Pattern.compile("\\b((?:statewire|kafka)_[a-z0-9_]+)");

    @Test
    void promtoolAcceptsTheConfigurationAndTheRulesAndTheirTests() throws Exception {
        for (String[] check : List.of(new String[] {"check", "config", "prometheus.yml"},
                new String[] {"check", "rules", "alerts.yml"}, new String[] {"test", "rules", "alerts.test.yml"})) {
            PrometheusServer.ToolResult result = PrometheusServer.promtool(PROMETHEUS_FILES, check);
            assertThat(result.exitStatus()).as("promtool %s:%n%s", String.join(" ", check), result.output()).isZero();
            assertThat(result.output()).contains("SUCCESS");
        }
    }

    @Test
    void prometheusScrapesTheRunningPipelineAndEvaluatesItsAlertsAndDashboard() throws Exception {
        String bootstrap = KafkaBroker.bootstrapServers();
        KafkaBroker.createTopics(Topics.PIPELINE);
        String run = "mon-" + UUID.randomUUID().toString().substring(0, 8);
        Path work = Files.createDirectories(Path.of("target", run));
        Map<String, String> kafka = Map.of("kafka.bootstrap.servers", bootstrap);

        try (SampleSite site = SampleSite.start(0, Duration.ofMinutes(10));
             var classify = ServiceProcess.start("classify-service", with(kafka,
                     "mp.messaging.incoming.passages-in.group.id", run + "-classify", "statewire.instance", run));
             var dedup = ServiceProcess.start("dedup-service", with(kafka,
                     "quarkus.kafka-streams.application-id", run + "-dedup",
                     "kafka-streams.auto.offset.reset", "latest",
                     "kafka-streams.state.dir", work.resolve("dedup-state").toAbsolutePath().toString()))) {
            classify.awaitReady(Duration.ofSeconds(90));
            dedup.awaitReady(Duration.ofSeconds(90));
            Path sources = site.writeSources(work.resolve("sources.yaml"), run);
            try (var ingest = ServiceProcess.start("ingest-service", with(kafka,
                    "statewire.sources", sources.toAbsolutePath().toString(), "statewire.instance", run))) {
                ingest.awaitReady(Duration.ofSeconds(90));
                TopicReader.await(Topics.STATEMENTS, JsonSerde.statements(), r -> r.value().source().equals(run),
                        1, Duration.ofSeconds(90));

                Map<String, Integer> ports = Map.of("ingest", ingest.httpPort(), "dedup", dedup.httpPort(),
                        "classify", classify.httpPort());
                Path config = configFor(ports, work.resolve("prometheus.yml"));
                try (PrometheusServer prometheus = PrometheusServer.start(config, work.resolve("prometheus"))) {
                    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                            list(prometheus.activeTargets()).stream().filter(t -> t.path("health").asText().equals("up"))
                                    .map(t -> t.path("labels").path("job").asText()).toList())
                            .containsExactlyInAnyOrder("ingest", "dedup", "classify"));

                    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                        assertThat(jobsWithValues(prometheus, "{__name__=~\"statewire_.+\"}"))
                                .containsExactlyInAnyOrder("ingest", "dedup", "classify");
                        assertThat(prometheus.query("statewire_classify_statements_total > 0")).isNotEmpty();
                        assertThat(prometheus.query("statewire_dedup_passages_total{verdict=\"unique\"} > 0")).isNotEmpty();
                        assertThat(prometheus.query("statewire_ingest_releases_published_total > 0")).isNotEmpty();
                        assertThat(jobsWithValues(prometheus, "kafka_consumer_fetch_manager_records_lag_max"))
                                .contains("dedup", "classify");
                    });

                    sendUnreadableRecords(bootstrap);
                    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                            list(prometheus.alerts()).stream()
                                    .filter(a -> a.path("labels").path("alertname").asText().equals("StatewireDeadLetters"))
                                    .filter(a -> a.path("state").asText().equals("firing"))
                                    .map(a -> a.path("labels").path("job").asText()).toList())
                            .contains("dedup", "classify"));

                    assertEveryRuleLoadsAndEvaluates(prometheus);
                    assertTheDashboardAnswersFromRealMetrics(prometheus);
                }
            }
        }
    }

    /** deploy/prometheus/prometheus.yml with its jobs pointed at the test's ports, its rules by absolute path. */
    private static Path configFor(Map<String, Integer> ports, Path file) throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode config = (ObjectNode) yaml.readTree(PROMETHEUS_FILES.resolve("prometheus.yml").toFile());
        ((ObjectNode) config.path("global")).put("scrape_interval", "1s").put("evaluation_interval", "1s");
        ArrayNode rules = config.putArray("rule_files");
        rules.add(PROMETHEUS_FILES.resolve("alerts.yml").toString());
        Set<String> jobs = new TreeSet<>();
        for (JsonNode scrape : config.path("scrape_configs")) {
            String job = scrape.path("job_name").asText();
            jobs.add(job);
            ((ObjectNode) scrape.path("static_configs").get(0)).putArray("targets").add("127.0.0.1:" + ports.get(job));
        }
        assertThat(jobs).as("jobs of deploy/prometheus/prometheus.yml").isEqualTo(new TreeSet<>(ports.keySet()));
        yaml.writeValue(file.toFile(), config);
        return file;
    }

    private static void sendUnreadableRecords(String bootstrap) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            byte[] notJson = "{ this is not an event".getBytes(StandardCharsets.UTF_8);
            producer.send(new ProducerRecord<>(Topics.RELEASES, "monitoring-it", notJson));
            producer.send(new ProducerRecord<>(Topics.PASSAGES, "monitoring-it", notJson));
        }
    }

    private static void assertEveryRuleLoadsAndEvaluates(PrometheusServer prometheus) throws Exception {
        List<JsonNode> rules = new ArrayList<>();
        prometheus.ruleGroups().forEach(group -> group.path("rules").forEach(rules::add));
        assertThat(rules).extracting(r -> r.path("name").asText()).contains("StatewireSourceSilent",
                "StatewireBotChallengesRising", "StatewireDeadLetters", "StatewireConsumerLagGrowing",
                "StatewireStreamsNotRunning");
        assertThat(rules).allSatisfy(rule -> assertThat(rule.path("health").asText())
                .as("%s: %s", rule.path("name").asText(), rule.path("lastError").asText()).isEqualTo("ok"));
    }

    /** Every query of every panel runs, and every metric it names is one the services expose. */
    private static void assertTheDashboardAnswersFromRealMetrics(PrometheusServer prometheus) throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        List<String> known = prometheus.metricNames();
        List<String> expressions = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(t -> expressions.add(t.path("expr").asText())));
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(7);
        for (String expression : expressions) {
            prometheus.query(expression);
            Matcher names = METRIC_NAME.matcher(expression);
            while (names.find()) {
                assertThat(known).as("metric of dashboard query %s", expression).contains(names.group(1));
            }
        }
    }

    private static Set<String> jobsWithValues(PrometheusServer prometheus, String expression) throws Exception {
        Set<String> jobs = new TreeSet<>();
        prometheus.query(expression).forEach(series -> jobs.add(series.path("metric").path("job").asText()));
        return jobs;
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> all = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        return all;
    }
}
