package io.statewire.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.contracts.DeadLetterHeaders;
import io.statewire.contracts.Passage;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.faults.Pipeline.Service;
import io.statewire.testing.ServiceEndpoints;
import io.statewire.testing.TopicReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault suite ({@code ./mvnw verify -Pfaults}): each case runs the packaged services as processes against its
 * own cluster of broker processes, injects its faults mid-run and audits every unique passage from the input to
 * {@code press.statements} (read committed): none missing, none twice. Each case adds its row to
 * {@link FaultReport} ({@code target/faults-report.md}); the table is printed after each case and at the end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    /** 5,000 releases of four paragraphs: 20,000 unique passages. */
    static final int RELEASES = 5_000;
    static final int PARAGRAPHS = 4;
    static final double RELEASES_PER_SECOND = 80;
    /**
     * The three-broker run feeds slower (200 s): each of its faults lasts until the killed node is back and every
     * partition in sync again, and the third kill must still find input flowing.
     */
    static final double LEADER_RUN_RELEASES_PER_SECOND = 25;
    /**
     * The poison run: 2,000 releases (8,000 passages), a poison release after every 100th release (1%) and a poison
     * passage after every 25th release (one per 100 passages, 1%).
     */
    static final int POISON_RUN_RELEASES = 2_000;
    static final int RELEASES_PER_RELEASE_POISON = 100;
    static final int RELEASES_PER_PASSAGE_POISON = 25;
    /** The generated site that ingest-service crawls: 400 releases (1,600 passages). */
    static final int SITE_RELEASES = 400;
    /** The suite's own Kafka clients (audit, feed, admin) log warnings only; held so the setting is not collected. */
    private static final Logger KAFKA_LOG = LogContext.getLogContext().getLogger("org.apache.kafka");

    static {
        KAFKA_LOG.setLevel(Level.WARNING);
    }

    @Test
    @Order(1)
    void dedupKilledThreeTimes() throws Exception {
        killServiceThreeTimes("1. kill -9 dedup-service x3", Service.DEDUP);
    }

    @Test
    @Order(2)
    void classifyKilledThreeTimes() throws Exception {
        killServiceThreeTimes("2. kill -9 classify-service x3", Service.CLASSIFY);
    }

    @Test
    @Order(3)
    void brokerKilledAndRestarted() throws Exception {
        feedWithFaults("4. kill -9 broker, restart x3", "broker-kill", 1, AuditedRun.killAndRestartBroker(), 3,
                RELEASES_PER_SECOND);
    }

    @Test
    @Order(4)
    void poisonRecordsOnEachInputTopic() throws Exception {
        String caseName = "5. 1% poison on releases and passages";
        try (AuditedRun run = AuditedRun.start("poison", 1)) {
            String releasePoison = run.id + ":poison-release";
            String passagePoison = run.id + ":poison-passage";
            ReleaseFeed.Interleave poison = i -> {
                List<ProducerRecord<String, byte[]>> extra = new ArrayList<>();
                if (i % RELEASES_PER_RELEASE_POISON == RELEASES_PER_RELEASE_POISON - 1) {
                    extra.add(PoisonRecords.record(Topics.RELEASES, releasePoison, i / RELEASES_PER_RELEASE_POISON,
                            PressRelease.SCHEMA));
                }
                if (i % RELEASES_PER_PASSAGE_POISON == RELEASES_PER_PASSAGE_POISON / 2) {
                    extra.add(PoisonRecords.record(Topics.PASSAGES, passagePoison, i / RELEASES_PER_PASSAGE_POISON,
                            Passage.SCHEMA));
                }
                return extra;
            };
            Map<String, ServiceEndpoints> services = Map.of(
                    Service.DEDUP.module, new ServiceEndpoints(run.pipeline.get(Service.DEDUP).httpPort()),
                    Service.CLASSIFY.module, new ServiceEndpoints(run.pipeline.get(Service.CLASSIFY).httpPort()));
            try (HealthWatch health = HealthWatch.start(services);
                    ReleaseFeed feed = ReleaseFeed.of(run.bootstrap(), run.id, POISON_RUN_RELEASES, PARAGRAPHS,
                            RELEASES_PER_SECOND, poison)) {
                FaultReport.Row valid = run.feed(caseName, feed, null, 0);
                int releasePoisons = POISON_RUN_RELEASES / RELEASES_PER_RELEASE_POISON;
                int passagePoisons = POISON_RUN_RELEASES / RELEASES_PER_PASSAGE_POISON;
                List<ConsumerRecord<String, byte[]>> releaseLetters = DeadLetterReader.read(run.bootstrap(),
                        Topics.deadLetter(Topics.RELEASES), r -> r.key().startsWith(releasePoison), releasePoisons,
                        AuditedRun.RECOVERY_TIMEOUT);
                List<ConsumerRecord<String, byte[]>> passageLetters = DeadLetterReader.read(run.bootstrap(),
                        Topics.deadLetter(Topics.PASSAGES), r -> r.key().startsWith(passagePoison), passagePoisons,
                        AuditedRun.RECOVERY_TIMEOUT);
                health.close();
                FaultReport.Row row = new FaultReport.Row(caseName, valid.in(), valid.out(), valid.missing(),
                        valid.duplicated(), List.of(), String.format(
                        "%d + %d poison in, %d + %d dead letters; readiness not UP %d of %d checks",
                        releasePoisons, passagePoisons, releaseLetters.size(), passageLetters.size(),
                        health.downs().size(), health.checks()));
                FaultReport.add(row);
                assertZeros(row);
                assertDeadLetters(releaseLetters, releasePoison, releasePoisons, Topics.RELEASES);
                assertDeadLetters(passageLetters, passagePoison, passagePoisons, Topics.PASSAGES);
                assertThat(health.checks()).as("readiness checks").isPositive();
                assertThat(health.downs()).as("readiness answers that were not UP").isEmpty();
            }
        }
    }

    @Test
    @Order(5)
    void ingestKilledWhileFetching() throws Exception {
        String caseName = "3. kill -9 ingest-service while fetching x3";
        try (AuditedRun run = AuditedRun.start("ingest-kill", 1);
                GeneratedSite site = GeneratedSite.start(SITE_RELEASES, PARAGRAPHS, Duration.ofMillis(50))) {
            Path sources = site.writeSources(run.dir.resolve("sources.yaml"), run.id, "10m");
            run.pipeline.withIngest(run.bootstrap(), run.id, sources, Map.of("statewire.ingest.min-host-delay", "PT0.05S"));
            List<Integer> fetchedAtKills = new ArrayList<>();
            AuditedRun.Fault killIngest = AuditedRun.killAndRestart(Service.INGEST);
            run.pipeline.start(Service.INGEST);
            List<Duration> recoveries = run.injectFaults(caseName, site.paragraphs().size(), r -> {
                fetchedAtKills.add(site.articlesFetched());
                return killIngest.inject(r);
            }, 3);
            FaultReport.Row settled = run.settle(caseName, site.paragraphs(), recoveries);
            FaultReport.Row row = new FaultReport.Row(caseName, settled.in(), settled.out(), settled.missing(),
                    settled.duplicated(), recoveries, String.format(
                    "%d releases; killed at %s pages fetched; %d fetched again, %d published again; %d of %d on %s",
                    site.releases(), fetchedAtKills, site.articlesFetchedAgain(), run.audit.releasesPublishedAgain(),
                    run.audit.releasesPublished(), site.releases(), Topics.RELEASES));
            FaultReport.add(row);
            assertZeros(row);
            assertThat(fetchedAtKills).as("pages fetched when ingest-service was killed")
                    .allSatisfy(fetched -> assertThat(fetched).isLessThan(site.releases()));
            assertThat(run.audit.releasesPublished()).as("releases on " + Topics.RELEASES).isEqualTo(site.releases());
        }
    }

    @Test
    @Order(6)
    void partitionLeaderKilledThreeTimes() throws Exception {
        feedWithFaults("6. 3 brokers, kill -9 leader x3", "leader-kill", 3, AuditedRun.killPartitionLeader(), 3,
                LEADER_RUN_RELEASES_PER_SECOND);
    }

    @AfterAll
    static void printTable() {
        System.out.println("fault suite:\n" + FaultReport.table());
    }

    private static void killServiceThreeTimes(String caseName, Service service) throws Exception {
        feedWithFaults(caseName, service.name().toLowerCase() + "-kill", 1, AuditedRun.killAndRestart(service), 3,
                RELEASES_PER_SECOND);
    }

    /**
     * Feeds 20,000 passages ({@code perSecond} releases a second) through a fresh run on {@code nodes} brokers,
     * injecting {@code fault} {@code times}.
     */
    private static void feedWithFaults(String caseName, String runName, int nodes, AuditedRun.Fault fault, int times,
            double perSecond) throws Exception {
        try (AuditedRun run = AuditedRun.start(runName, nodes);
                ReleaseFeed feed = ReleaseFeed.of(run.bootstrap(), run.id, RELEASES, PARAGRAPHS, perSecond,
                        i -> List.of())) {
            FaultReport.Row row = run.feed(caseName, feed, fault, times);
            FaultReport.add(row);
            assertZeros(row);
        }
    }

    /** Every poison record of {@code topic} once on its dead-letter topic, with a reason and its origin. */
    private static void assertDeadLetters(List<ConsumerRecord<String, byte[]>> letters, String keyPrefix, int count,
            String topic) {
        Set<String> expected = IntStream.range(0, count).mapToObj(n -> keyPrefix + "-" + n).collect(Collectors.toSet());
        assertThat(letters).extracting(ConsumerRecord::key).as("dead letters of " + topic)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(letters).allSatisfy(letter -> {
            assertThat(TopicReader.header(letter, DeadLetterHeaders.REASON)).as("reason of " + letter.key())
                    .isNotBlank();
            assertThat(TopicReader.header(letter, DeadLetterHeaders.TOPIC)).as("origin of " + letter.key())
                    .isEqualTo(topic);
        });
    }

    static void assertZeros(FaultReport.Row row) {
        assertThat(row.missing()).as(row.name() + ": missing").isZero();
        assertThat(row.duplicated()).as(row.name() + ": duplicated").isZero();
        assertThat(row.out()).as(row.name() + ": records out").isEqualTo(row.in());
    }
}
