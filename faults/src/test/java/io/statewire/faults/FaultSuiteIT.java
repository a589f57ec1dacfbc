package io.statewire.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.faults.Pipeline.Service;
import java.util.List;
import java.util.logging.Level;
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
        feedWithFaults("4. kill -9 broker, restart x3", "broker-kill", 1, AuditedRun.killAndRestartBroker(), 3);
    }

    @Test
    @Order(6)
    void partitionLeaderKilledThreeTimes() throws Exception {
        feedWithFaults("6. 3 brokers, kill -9 leader x3", "leader-kill", 3, AuditedRun.killPartitionLeader(), 3);
    }

    @AfterAll
    static void printTable() {
        System.out.println("fault suite:\n" + FaultReport.table());
    }

    private static void killServiceThreeTimes(String caseName, Service service) throws Exception {
        feedWithFaults(caseName, service.name().toLowerCase() + "-kill", 1, AuditedRun.killAndRestart(service), 3);
    }

    /** Feeds 20,000 passages through a fresh run on {@code nodes} brokers, injecting {@code fault} {@code times}. */
    private static void feedWithFaults(String caseName, String runName, int nodes, AuditedRun.Fault fault, int times)
            throws Exception {
        try (AuditedRun run = AuditedRun.start(runName, nodes);
                ReleaseFeed feed = ReleaseFeed.of(run.bootstrap(), run.id, RELEASES, PARAGRAPHS, RELEASES_PER_SECOND,
                        i -> List.of())) {
            FaultReport.Row row = run.feed(caseName, feed, fault, times);
            FaultReport.add(row);
            assertZeros(row);
        }
    }

    static void assertZeros(FaultReport.Row row) {
        assertThat(row.missing()).as(row.name() + ": missing").isZero();
        assertThat(row.duplicated()).as(row.name() + ": duplicated").isZero();
        assertThat(row.out()).as(row.name() + ": records out").isEqualTo(row.in());
    }
}
