package io.statewire.faults;

import io.statewire.contracts.Topics;
import io.statewire.faults.Pipeline.Service;
import io.statewire.testing.KafkaProcessCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One audited run: its own cluster of broker processes with the pipeline's topics (three partitions each), dedup and
 * classify as processes, and an audit of {@code press.statements}. {@link #feed} sends generated releases at a
 * steady rate and injects a fault each time another fifth of the expected statements has come out, then waits for
 * every statement and answers the case's row of the report.
 */
final class AuditedRun implements AutoCloseable {

    static final Duration PROGRESS_TIMEOUT = Duration.ofMinutes(10);
    static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(5);

    /** A fault injected into a running run; answers the time from the fault until the run delivered again. */
    interface Fault {
        Duration inject(AuditedRun run) throws Exception;
    }

    final String id;
    final Path dir;
    final KafkaProcessCluster cluster;
    final Pipeline pipeline;
    final PipelineAudit audit;

    private AuditedRun(String id, Path dir, KafkaProcessCluster cluster, Pipeline pipeline, PipelineAudit audit) {
        this.id = id;
        this.dir = dir;
        this.cluster = cluster;
        this.pipeline = pipeline;
        this.audit = audit;
    }

    /** Starts a cluster of {@code nodes} broker processes, creates the topics and starts dedup and classify. */
    static AuditedRun start(String name, int nodes) throws Exception {
        String id = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path dir = Path.of("target", "faults", id).toAbsolutePath();
        KafkaProcessCluster cluster = KafkaProcessCluster.start(dir.resolve("kafka"), nodes, Duration.ofMinutes(3));
        Pipeline pipeline = null;
        try {
            cluster.createTopics(Topics.PIPELINE, 3);
            pipeline = new Pipeline(cluster.bootstrapServers(), id, dir, nodes);
            pipeline.start(Service.DEDUP, Service.CLASSIFY);
            return new AuditedRun(id, dir, cluster, pipeline, PipelineAudit.start(cluster.bootstrapServers(), id));
        } catch (Exception | AssertionError e) {
            if (pipeline != null) {
                pipeline.close();
            }
            cluster.close();
            throw e;
        }
    }

    String bootstrap() {
        return cluster.bootstrapServers();
    }

    /**
     * Sends {@code feed}, injects {@code fault} {@code faults} times (after 20%, 40%, 60%... of the expected
     * statements came out), waits for every statement and a quiet spell after it, and answers the row.
     */
    FaultReport.Row feed(String caseName, ReleaseFeed feed, Fault fault, int faults) throws Exception {
        feed.start();
        List<Duration> recoveries = injectFaults(caseName, feed.paragraphs().size(), fault, faults);
        feed.awaitSent(PROGRESS_TIMEOUT);
        return settle(caseName, feed.paragraphs(), recoveries);
    }

    /**
     * Injects {@code fault} {@code faults} times, each once another fifth of {@code expected} statements came out
     * (20%, 40%, 60%...); answers the time to recover of each.
     */
    List<Duration> injectFaults(String caseName, int expected, Fault fault, int faults) throws Exception {
        List<Duration> recoveries = new ArrayList<>();
        for (int round = 1; round <= faults; round++) {
            int mark = expected * round / 5;
            if (!audit.awaitDistinct(mark, PROGRESS_TIMEOUT)) {
                throw new AssertionError(caseName + ": only " + audit.distinct() + " of " + mark
                        + " statements before fault " + round + " within " + PROGRESS_TIMEOUT);
            }
            System.out.printf("%s %s: fault %d at %d of %d statements%n", LocalTime.now(), caseName, round,
                    audit.distinct(), expected);
            Duration recovery = fault.inject(this);
            System.out.printf("%s %s: fault %d recovered in %s%n", LocalTime.now(), caseName, round,
                    FaultReport.seconds(recovery));
            recoveries.add(recovery);
        }
        return recoveries;
    }

    /** Waits for every expected statement and a quiet spell after it, and answers the row of the case. */
    FaultReport.Row settle(String caseName, List<String> expected, List<Duration> recoveries)
            throws InterruptedException {
        audit.awaitDistinct(expected.size(), PROGRESS_TIMEOUT);
        audit.awaitQuiet(Duration.ofSeconds(5), Duration.ofMinutes(1));
        long duplicatedPassages = audit.duplicatedPassages();
        return row(caseName, expected, recoveries, duplicatedPassages == 0 ? ""
                : duplicatedPassages + " passages twice on " + Topics.PASSAGES);
    }

    /** The row of this run so far for {@code expected} statement texts. */
    FaultReport.Row row(String caseName, List<String> expected, List<Duration> recoveries, String note) {
        return new FaultReport.Row(caseName, expected.size(), audit.statementsOut(), audit.missing(expected).size(),
                audit.duplicated().size() + audit.unexpected(expected).size(), recoveries, note);
    }

    /** A fault: kill {@code service} with SIGKILL, start it again; recovered at its first output after the restart. */
    static Fault killAndRestart(Service service) {
        String output = switch (service) {
            case INGEST -> Topics.RELEASES;
            case DEDUP -> Topics.PASSAGES;
            case CLASSIFY -> Topics.STATEMENTS;
        };
        return run -> {
            long killed = run.pipeline.kill(service);
            long launched = run.pipeline.restart(service);
            return run.audit.awaitArrival(output, launched, killed, RECOVERY_TIMEOUT)
                    .orElseThrow(() -> new AssertionError(service.module + " delivered nothing on " + output
                            + " within " + RECOVERY_TIMEOUT + " of its restart"));
        };
    }

    /**
     * A fault: kill the single broker with SIGKILL and start it again on its data; the services are left alone and
     * must recover by themselves. Recovered at the first statement after the broker's restart, once every service
     * is ready again.
     */
    static Fault killAndRestartBroker() {
        return run -> {
            run.cluster.kill(1);
            long killed = System.nanoTime();
            long launched = System.nanoTime();
            run.cluster.restart(1, Duration.ofMinutes(3));
            Duration recovery = run.audit.awaitArrival(Topics.STATEMENTS, launched, killed, RECOVERY_TIMEOUT)
                    .orElseThrow(() -> new AssertionError("no statement within " + RECOVERY_TIMEOUT
                            + " of the broker's restart"));
            run.pipeline.awaitAllReady();
            return recovery;
        };
    }

    /**
     * A fault on a three-node cluster: kill the node that leads partition 0 of {@code press.passages} with
     * SIGKILL. Recovered at the first statement out of partition 0 of {@code press.statements} (the same releases)
     * after the kill; then the node is started again and the fault ends once every partition is fully in sync, so
     * that the next kill finds min ISR 2 met.
     */
    static Fault killPartitionLeader() {
        return run -> {
            int leader = run.cluster.leaderOf(Topics.PASSAGES, 0);
            run.cluster.kill(leader);
            long killed = System.nanoTime();
            System.out.printf("killed node %d, leader of %s-0%n", leader, Topics.PASSAGES);
            Duration recovery = run.audit.awaitArrival(Topics.STATEMENTS + "-0", killed, killed, RECOVERY_TIMEOUT)
                    .orElseThrow(() -> new AssertionError("no statement on " + Topics.STATEMENTS + "-0 within "
                            + RECOVERY_TIMEOUT + " of killing node " + leader));
            run.cluster.restart(leader, Duration.ofMinutes(3));
            run.cluster.awaitFullyReplicated(Topics.PIPELINE, Duration.ofMinutes(5));
            System.out.printf("%s node %d back, every partition in sync%n", LocalTime.now(), leader);
            return recovery;
        };
    }

    @Override
    public void close() throws Exception {
        try {
            audit.close();
            pipeline.close();
        } finally {
            cluster.close();
        }
    }
}
