package io.statewire.testing;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.statewire.contracts.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The one real Kafka broker of a test JVM, started on first use and stopped when the JVM exits.
 * <p>
 * Chosen in this order: an existing cluster named by {@code KAFKA_BOOTSTRAP_SERVERS}; Testcontainers'
 * Kafka when a Docker engine answers; else an in-process single-node KRaft broker
 * ({@link KafkaClusterTestKit}) configured so that transactions and exactly-once work on one node.
 */
public final class KafkaBroker {

    public static final String BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

    private static String bootstrapServers;
    private static KafkaCompanion companion;
    private static KafkaClusterTestKit inProcess;

    private KafkaBroker() {
    }

    /** Bootstrap servers of the running broker, starting it if needed. */
    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            start();
        }
        return bootstrapServers;
    }

    /** A companion to produce, consume and administer topics on the broker; shared by the JVM's tests. */
    public static synchronized KafkaCompanion companion() {
        if (companion == null) {
            companion = new KafkaCompanion(bootstrapServers(), Duration.ofSeconds(30));
        }
        return companion;
    }

    /** Creates those of {@code topics} that do not exist yet, with three partitions each. */
    public static void createTopics(Collection<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, 3, (short) 1).configs(Topics.configOf(t))).toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topics " + topics, e);
            }
        }
    }

    private static void start() {
        String external = System.getenv(BOOTSTRAP_ENV);
        String kind;
        if (external != null && !external.isBlank()) {
            kind = "external";
            bootstrapServers = external;
        } else if (dockerAvailable()) {
            KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "kafka-container-stop"));
            kind = "testcontainers";
            bootstrapServers = container.getBootstrapServers();
        } else {
            kind = "in-process";
            bootstrapServers = startInProcess();
        }
        System.out.printf("statewire tests: Kafka broker (%s) at %s%n", kind, bootstrapServers);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String startInProcess() {
        try {
            var nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .build();
            var builder = new KafkaClusterTestKit.Builder(nodes);
            singleNodeSettings().forEach(builder::setConfigProp);
            KafkaClusterTestKit cluster = builder.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            inProcess = cluster;
            return cluster.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("could not start an in-process Kafka broker", e);
        }
    }

    /** Settings a one-node cluster needs for consumer groups, transactions and exactly-once. */
    static Map<String, String> singleNodeSettings() {
        return Map.of(
                "offsets.topic.replication.factor", "1",
                "offsets.topic.num.partitions", "5",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "transaction.state.log.num.partitions", "5",
                "min.insync.replicas", "1",
                "group.initial.rebalance.delay.ms", "0",
                "num.partitions", "3",
                "auto.create.topics.enable", "true");
    }

    /**
     * Stops an in-process broker once the test run is over (see {@link StopBrokerAfterTests}); closing it from a
     * JVM shutdown hook instead makes the forked test JVM exit with an error.
     */
    public static synchronized void stopInProcess() {
        if (companion != null) {
            companion.close();
            companion = null;
        }
        if (inProcess != null) {
            try {
                inProcess.close();
            } catch (Exception e) {
                System.err.println("statewire tests: Kafka broker did not close cleanly: " + e);
            }
            inProcess = null;
            bootstrapServers = null;
        }
    }
}
