package io.statewire.testing;

import io.statewire.contracts.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;

/**
 * A real plaintext Kafka cluster of one or three KRaft nodes, each a separate {@code kafka.Kafka} process from the
 * test's classpath (broker and controller in one process, a static controller quorum of all nodes), so that a test
 * can kill a node with SIGKILL and start it again on the same ports and data. Node {@code n}'s files (settings,
 * data, {@code broker.log}) live in {@code <dir>/node-n}.
 * <p>
 * One node: replication factor 1 and min ISR 1 everywhere. Three nodes: replication factor 3 and min ISR 2 for
 * every topic, the consumer offsets and the transaction state.
 */
public final class KafkaProcessCluster implements AutoCloseable {

    /** Log4j 2 settings of each node: warnings only. */
    private static final String LOGGING = """
            rootLogger.level = warn
            rootLogger.appenderRef.out.ref = out
            appender.out.type = Console
            appender.out.name = out
            appender.out.layout.type = PatternLayout
            appender.out.layout.pattern = %d{HH:mm:ss.SSS} %-5p %c{1}: %m%n
            """;

    private final Path root;
    private final int[] ports;
    private final Process[] processes;
    private final String bootstrapServers;

    private KafkaProcessCluster(Path root, int[] ports) {
        this.root = root;
        this.ports = ports;
        this.processes = new Process[ports.length];
        this.bootstrapServers = Arrays.stream(ports).mapToObj(p -> "127.0.0.1:" + p)
                .collect(Collectors.joining(","));
    }

    /** Formats and starts a cluster of {@code nodes} (1 or 3) in {@code dir} and waits until every node serves. */
    public static KafkaProcessCluster start(Path dir, int nodes, Duration timeout) throws IOException, InterruptedException {
        if (nodes != 1 && nodes != 3) {
            throw new IllegalArgumentException("a test cluster has 1 or 3 nodes, not " + nodes);
        }
        int[] ports = new int[nodes];
        int[] controllerPorts = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            ports[i] = freePort();
            controllerPorts[i] = freePort();
        }
        KafkaProcessCluster cluster = new KafkaProcessCluster(dir.toAbsolutePath(), ports);
        String clusterId = Uuid.randomUuid().toString();
        String voters = IntStream.range(0, nodes)
                .mapToObj(i -> (i + 1) + "@127.0.0.1:" + controllerPorts[i]).collect(Collectors.joining(","));
        try {
            for (int node = 1; node <= nodes; node++) {
                Path config = cluster.writeConfig(node, settings(cluster.nodeDir(node), node, ports[node - 1],
                        controllerPorts[node - 1], voters, nodes));
                format(config, clusterId, cluster.log(node));
            }
            for (int node = 1; node <= nodes; node++) {
                cluster.launch(node);
            }
            cluster.awaitNodes(nodes, timeout);
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** Every node's {@code host:port}, comma-separated. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** How many nodes the cluster was started with. */
    public int size() {
        return ports.length;
    }

    /** Kills node {@code node} (1-based) without warning (SIGKILL), as a crash would. */
    public void kill(int node) throws InterruptedException {
        Process process = processes[node - 1];
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Starts node {@code node} again on its ports and data after {@link #kill}, and waits until all nodes serve. */
    public void restart(int node, Duration timeout) throws IOException, InterruptedException {
        if (processes[node - 1] != null && processes[node - 1].isAlive()) {
            throw new IllegalStateException("node " + node + " is still running");
        }
        launch(node);
        awaitNodes(ports.length, timeout);
    }

    /** Creates those of {@code topics} that do not exist yet, with {@code partitions} each, replicated to every node. */
    public void createTopics(Collection<String> topics, int partitions) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) ports.length).configs(Topics.configOf(t))).toList();
            admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create topics " + topics, e);
        }
    }

    /** The node (1-based) that leads partition {@code partition} of {@code topic} now. */
    public int leaderOf(String topic, int partition) {
        try (Admin admin = admin()) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic);
            Node leader = description.partitions().get(partition).leader();
            if (leader == null || leader.isEmpty()) {
                throw new IllegalStateException(topic + "-" + partition + " has no leader");
            }
            return leader.id();
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not describe " + topic, e);
        }
    }

    /**
     * Waits until every partition of {@code topics} (and of the offsets and transaction-state topics) has all its
     * replicas in sync again, e.g. after a restarted node caught up.
     */
    public void awaitFullyReplicated(Collection<String> topics, Duration timeout) throws InterruptedException {
        List<String> all = new ArrayList<>(topics);
        long deadline = System.nanoTime() + timeout.toNanos();
        String lagging = "?";
        while (System.nanoTime() < deadline) {
            try (Admin admin = admin()) {
                Set<String> existing = admin.listTopics(new ListTopicsOptions()
                        .listInternal(true)).names().get(10, TimeUnit.SECONDS);
                List<String> described = new ArrayList<>(all.stream().filter(existing::contains).toList());
                existing.stream().filter(t -> t.startsWith("__")).forEach(described::add);
                Map<String, TopicDescription> descriptions = admin.describeTopics(described).allTopicNames()
                        .get(10, TimeUnit.SECONDS);
                lagging = descriptions.values().stream().flatMap(d -> d.partitions().stream()
                        .filter(p -> p.isr().size() < p.replicas().size() || p.leader() == null)
                        .map(p -> d.name() + "-" + p.partition())).collect(Collectors.joining(", "));
                if (lagging.isEmpty()) {
                    return;
                }
            } catch (Exception notYet) {
                lagging = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("partitions not fully in sync within " + timeout + ": " + lagging);
    }

    /** An admin client of this cluster, with short timeouts; the caller closes it. */
    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : processes) {
            if (process != null && process.isAlive()) {
                process.destroy();
            }
        }
        for (Process process : processes) {
            if (process != null && !process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Settings of node {@code node}: broker and controller in one process, replication as the class says. */
    static Map<String, String> settings(Path nodeDir, int node, int port, int controllerPort, String voters, int nodes) {
        String replication = Integer.toString(nodes);
        String minIsr = nodes == 1 ? "1" : "2";
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", Integer.toString(node));
        settings.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("controller.quorum.voters", voters);
        settings.put("log.dirs", nodeDir.resolve("data").toString());
        settings.put("num.partitions", "3");
        settings.put("default.replication.factor", replication);
        settings.put("offsets.topic.replication.factor", replication);
        settings.put("offsets.topic.num.partitions", "5");
        settings.put("transaction.state.log.replication.factor", replication);
        settings.put("transaction.state.log.min.isr", minIsr);
        settings.put("transaction.state.log.num.partitions", "5");
        settings.put("min.insync.replicas", minIsr);
        settings.put("share.coordinator.state.topic.replication.factor", replication);
        settings.put("share.coordinator.state.topic.min.isr", minIsr);
        settings.put("group.initial.rebalance.delay.ms", "0");
        settings.put("auto.create.topics.enable", "false");
        // a restarted node takes its partitions' leadership back soon, so later kills find leaders spread out
        settings.put("leader.imbalance.check.interval.seconds", "5");
        return settings;
    }

    private Path nodeDir(int node) {
        return root.resolve("node-" + node);
    }

    private Path log(int node) {
        return nodeDir(node).resolve("broker.log");
    }

    private Path writeConfig(int node, Map<String, String> settings) throws IOException {
        Files.createDirectories(nodeDir(node));
        Properties properties = new Properties();
        properties.putAll(settings);
        Path config = nodeDir(node).resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(config)) {
            properties.store(out, "test cluster node " + node);
        }
        Files.writeString(nodeDir(node).resolve("log4j2.properties"), LOGGING);
        return config;
    }

    private static void format(Path config, String clusterId, Path log) throws IOException {
        try (PrintStream out = new PrintStream(Files.newOutputStream(log), true)) {
            int status = kafka.tools.StorageTool.execute(new String[] {"format", "--cluster-id", clusterId,
                    "--config", config.toString()}, out);
            if (status != 0) {
                throw new IllegalStateException("formatting " + config + " failed; see " + log);
            }
        }
    }

    private void launch(int node) throws IOException {
        Path dir = nodeDir(node);
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx384m",
                "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"), "-cp",
                System.getProperty("java.class.path"), "kafka.Kafka", dir.resolve("server.properties").toString());
        processes[node - 1] = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(node).toFile())).start();
    }

    private void awaitNodes(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            for (int node = 1; node <= processes.length; node++) {
                if (processes[node - 1] != null && !processes[node - 1].isAlive()) {
                    throw new IllegalStateException("Kafka node " + node + " exited with "
                            + processes[node - 1].exitValue() + "; see " + log(node));
                }
            }
            try (Admin admin = admin()) {
                int serving = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
                if (serving >= count) {
                    return;
                }
                last = serving + " of " + count + " nodes serving";
            } catch (Exception notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the Kafka cluster in " + root + " was not ready within " + timeout + ": " + last);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
