package io.statewire.local.kafka;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.Uuid;

/**
 * Runs a real single-node Kafka broker (KRaft, broker and controller in one process) from the Kafka jars: writes
 * {@code server.properties} into the data folder, formats the storage the first time, then starts
 * {@code kafka.Kafka}, which stops cleanly on Ctrl-C and SIGTERM. Exits with status 3 and a clear message when
 * a port is taken.
 */
public final class LocalKafka {

    static final int PORT_TAKEN = 3;

    private LocalKafka() {
    }

    /** {@code LocalKafka [--host H] [--port N] [--controller-port N] [--data-dir DIR]}. */
    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        for (int port : new int[] {options.port, options.controllerPort}) {
            if (!isFree(options.host, port)) {
                System.err.printf("local-kafka: port %d on %s is already in use; stop what listens there or pass "
                        + "--port/--controller-port (or --kafka HOST:PORT to run-local.sh to use that broker)%n",
                        port, options.host);
                System.exit(PORT_TAKEN);
            }
        }
        Path config = writeConfig(options);
        if (!Files.exists(options.dataDir.resolve("logs").resolve("meta.properties"))) {
            int status = kafka.tools.StorageTool.execute(new String[] {
                "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString(), "--standalone"},
                    new PrintStream(System.out, true));
            if (status != 0) {
                System.err.println("local-kafka: formatting " + options.dataDir + " failed");
                System.exit(status);
            }
        }
        announceWhenReady(options);
        kafka.Kafka.main(new String[] {config.toString()});
    }

    /** The broker settings: one node, replication factor 1 everywhere so transactions and exactly-once work. */
    static Map<String, String> settings(Options options) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        settings.put("listeners", "PLAINTEXT://" + options.host + ":" + options.port
                + ",CONTROLLER://" + options.host + ":" + options.controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://" + options.host + ":" + options.port);
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("controller.quorum.bootstrap.servers", options.host + ":" + options.controllerPort);
        settings.put("log.dirs", options.dataDir.resolve("logs").toAbsolutePath().toString());
        settings.put("num.partitions", "3");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("min.insync.replicas", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        settings.put("auto.create.topics.enable", "false");
        return settings;
    }

    private static Path writeConfig(Options options) throws IOException {
        Files.createDirectories(options.dataDir);
        Properties properties = new Properties();
        properties.putAll(settings(options));
        Path config = options.dataDir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(config)) {
            properties.store(out, "written by Statewire's local-kafka launcher on each start");
        }
        return config;
    }

    static boolean isFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void announceWhenReady(Options options) {
        Thread watcher = new Thread(() -> {
            while (true) {
                try (Socket socket = new Socket(options.host, options.port)) {
                    System.out.printf("local-kafka: broker ready at %s:%d (data in %s)%n", options.host, options.port,
                            options.dataDir.toAbsolutePath());
                    return;
                } catch (IOException e) {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }, "local-kafka-ready");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Command-line options with their defaults. */
    static final class Options {
        String host = "127.0.0.1";
        int port = 9092;
        int controllerPort = 9093;
        Path dataDir = Path.of(".statewire", "kafka");

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--host" -> options.host = require(args[i], value);
                    case "--port" -> options.port = Integer.parseInt(require(args[i], value));
                    case "--controller-port" -> options.controllerPort = Integer.parseInt(require(args[i], value));
                    case "--data-dir" -> options.dataDir = Path.of(require(args[i], value));
                    default -> usage("unknown option " + args[i]);
                }
                i++;
            }
            return options;
        }

        private static String require(String option, String value) {
            if (value == null) {
                usage(option + " needs a value");
            }
            return value;
        }

        private static void usage(String problem) {
            System.err.println("local-kafka: " + problem);
            System.err.println("usage: LocalKafka [--host 127.0.0.1] [--port 9092] [--controller-port 9093] "
                    + "[--data-dir .statewire/kafka]");
            System.exit(2);
        }
    }
}
