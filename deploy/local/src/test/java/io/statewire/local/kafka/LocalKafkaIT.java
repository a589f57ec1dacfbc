package io.statewire.local.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as run-local.sh runs it: a separate JVM with a real broker, stopped with SIGTERM. */
class LocalKafkaIT {

    @TempDir
    Path dataDir;

    @Test
    void runsATransactionalSingleNodeBrokerAndStopsCleanly() throws Exception {
        int port = freePort();
        int controllerPort = freePort();
        String bootstrap = "127.0.0.1:" + port;

        Process broker = launch(port, controllerPort);
        List<String> output = new ArrayList<>();
        assertThat(awaitLine(broker, output, "broker ready", Duration.ofSeconds(90))).as(String.join("\n", output)).isTrue();
        assertThat(dataDir.resolve("server.properties")).exists();

        assertThat(TopicSetup.create(bootstrap, 2, (short) 1)).contains("press.releases", "press.statements");
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "local-kafka-it"), new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("press.statements", "k", "committed"));
            producer.commitTransaction();
        }
        assertThat(readCommitted(bootstrap)).containsExactly("committed");

        Process second = launch(port, freePort());
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isEqualTo(LocalKafka.PORT_TAKEN);
        String error = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(error).contains("port " + port).contains("already in use");

        broker.destroy(); // SIGTERM
        assertThat(broker.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(LocalKafka.isFree("127.0.0.1", port)).isTrue();

        Process again = launch(port, controllerPort);
        List<String> restartOutput = new ArrayList<>();
        try {
            assertThat(awaitLine(again, restartOutput, "broker ready", Duration.ofSeconds(90))).isTrue();
            assertThat(restartOutput).noneMatch(line -> line.startsWith("Formatting"));
            assertThat(readCommitted(bootstrap)).containsExactly("committed");
        } finally {
            again.destroy();
            again.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private Process launch(int port, int controllerPort) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                LocalKafka.class.getName(), "--port", Integer.toString(port),
                "--controller-port", Integer.toString(controllerPort), "--data-dir", dataDir.toString())
                .start();
    }

    private static boolean awaitLine(Process process, List<String> output, String marker, Duration timeout)
            throws Exception {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> found = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.contains(marker)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        return found.get(timeout.toSeconds(), TimeUnit.SECONDS);
    }

    private static List<String> readCommitted(String bootstrap) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "local-kafka-it-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("press.statements"));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
