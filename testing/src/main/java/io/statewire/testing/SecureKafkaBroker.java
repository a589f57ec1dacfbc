package io.statewire.testing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one JVM) that only talks SASL_SSL with
 * SCRAM-SHA-512, authorises with ACLs ({@code StandardAuthorizer}, nothing allowed without an ACL) and runs as a
 * separate process from the test's classpath ({@code kafka.Kafka}), its output in {@code <dir>/broker.log}: warnings,
 * errors and every request the authorizer denied ({@link #denials()}).
 * <p>
 * The SCRAM users are created when the storage is formatted: an administrator (the broker's own user and the only
 * super user) and the users handed to {@link #start}. TLS material comes from {@link TlsFiles}. The controller
 * listener is SASL_PLAINTEXT (SCRAM-SHA-512, the administrator) on the loopback interface.
 */
public final class SecureKafkaBroker implements AutoCloseable {

    public static final String MECHANISM = "SCRAM-SHA-512";
    public static final String ADMIN = "statewire-test-admin";
    private static final String DENIED = " is Denied operation = ";
    /** Log4j 2 settings of the broker: warnings, and the authorizer's log of denied requests. */
    private static final String LOGGING = """
            rootLogger.level = warn
            rootLogger.appenderRef.out.ref = out
            appender.out.type = Console
            appender.out.name = out
            appender.out.layout.type = PatternLayout
            appender.out.layout.pattern = %d{HH:mm:ss.SSS} %-5p %c{1}: %m%n
            logger.authorizer.name = kafka.authorizer.logger
            logger.authorizer.level = info
            """;

    private final Process process;
    private final String bootstrapServers;
    private final TlsFiles tls;
    private final String adminPassword;
    private final Path log;

    private SecureKafkaBroker(Process process, String bootstrapServers, TlsFiles tls, String adminPassword, Path log) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.tls = tls;
        this.adminPassword = adminPassword;
        this.log = log;
    }

    /**
     * Formats a new broker in {@code dir} with SCRAM credentials for the administrator and for each of
     * {@code users} (name to password; letters and digits only), starts it and waits until the administrator can
     * use it.
     */
    public static SecureKafkaBroker start(Path dir, Map<String, String> users, Duration timeout)
            throws IOException, InterruptedException {
        Path root = dir.toAbsolutePath();
        TlsFiles tls = TlsFiles.generate(root.resolve("tls"));
        String adminPassword = TlsFiles.randomPassword();
        int port = freePort();
        int controllerPort = freePort();
        Path config = writeConfig(root, settings(root, port, controllerPort, tls, adminPassword));

        List<String> format = new ArrayList<>(List.of("format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", config.toString(), "--standalone", "--add-scram", scram(ADMIN, adminPassword)));
        users.forEach((name, password) -> format.addAll(List.of("--add-scram", scram(name, password))));
        Path log = root.resolve("broker.log");
        try (PrintStream out = new PrintStream(Files.newOutputStream(log), true)) {
            int status = kafka.tools.StorageTool.execute(format.toArray(String[]::new), out);
            if (status != 0) {
                throw new IllegalStateException("formatting the secure broker's storage failed; see " + log);
            }
        }

        Path logging = Files.writeString(root.resolve("log4j2.properties"), LOGGING);
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-Dlog4j2.configurationFile=" + logging, "-cp", System.getProperty("java.class.path"), "kafka.Kafka",
                config.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        SecureKafkaBroker broker = new SecureKafkaBroker(process, "127.0.0.1:" + port, tls, adminPassword, log);
        try {
            broker.awaitReady(timeout);
        } catch (RuntimeException | InterruptedException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    /** {@code host:port} of the SASL_SSL listener. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    public TlsFiles tls() {
        return tls;
    }

    /** Client settings of the administrator (a super user). */
    public Map<String, Object> adminSettings() {
        return clientSettings(ADMIN, adminPassword);
    }

    /** The administrator's password, e.g. to look for it where it must not appear. */
    public String adminPassword() {
        return adminPassword;
    }

    /** Settings of a client that authenticates as {@code user}, trusting the broker's certificate from PEM. */
    public Map<String, Object> clientSettings(String user, String password) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        settings.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
        settings.put(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig(user, password));
        settings.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, tls.pemTrustStore().toString());
        settings.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM");
        return settings;
    }

    /**
     * The authorizer's log lines of every request it denied so far (who, what operation, on which resource), such
     * as {@code Principal = User:statewire-ingest is Denied operation = READ from host = 127.0.0.1 on resource =
     * Topic:LITERAL:press.passages ...}.
     */
    public List<String> denials() throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(DENIED)).toList();
        }
    }

    /** The {@code sasl.jaas.config} of a SCRAM user. */
    public static String jaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Broker settings: one node, replication factor 1 everywhere so that transactions and exactly-once work. */
    static Map<String, String> settings(Path root, int port, int controllerPort, TlsFiles tls, String adminPassword) {
        String adminLogin = jaasConfig(ADMIN, adminPassword);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        settings.put("listeners", "SASL_SSL://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        settings.put("advertised.listeners", "SASL_SSL://127.0.0.1:" + port);
        settings.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL,CONTROLLER:SASL_PLAINTEXT");
        settings.put("inter.broker.listener.name", "SASL_SSL");
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        settings.put("sasl.enabled.mechanisms", MECHANISM);
        settings.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        settings.put("sasl.mechanism.controller.protocol", MECHANISM);
        settings.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", adminLogin);
        settings.put("listener.name.controller.scram-sha-512.sasl.jaas.config", adminLogin);
        settings.put("ssl.keystore.location", tls.keyStore().toString());
        settings.put("ssl.keystore.type", "PKCS12");
        settings.put("ssl.keystore.password", tls.keyStorePassword());
        settings.put("ssl.key.password", tls.keyStorePassword());
        settings.put("ssl.truststore.location", tls.pemTrustStore().toString());
        settings.put("ssl.truststore.type", "PEM");
        settings.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        settings.put("super.users", "User:" + ADMIN);
        settings.put("allow.everyone.if.no.acl.found", "false");
        settings.put("log.dirs", root.resolve("data").toString());
        settings.put("num.partitions", "3");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "5");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("transaction.state.log.num.partitions", "5");
        settings.put("min.insync.replicas", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        settings.put("auto.create.topics.enable", "false");
        return settings;
    }

    private static String scram(String user, String password) {
        if (!user.matches("[A-Za-z0-9-]+") || !password.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("SCRAM users and passwords given to the broker at format time must be "
                    + "letters, digits (and dashes in names): " + user);
        }
        return MECHANISM + "=[name=" + user + ",password=" + password + "]";
    }

    private static Path writeConfig(Path root, Map<String, String> settings) throws IOException {
        Files.createDirectories(root);
        Properties properties = new Properties();
        properties.putAll(settings);
        Path config = root.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(config)) {
            properties.store(out, "secure test broker");
        }
        return config;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> settings = new HashMap<>(adminSettings());
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the secure broker exited with " + process.exitValue() + "; see " + log);
            }
            try (Admin admin = Admin.create(settings)) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                last = new IllegalStateException(notYet.getMessage(), notYet);
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the secure broker was not ready within " + timeout + "; see " + log, last);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
