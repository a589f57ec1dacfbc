package io.statewire.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus server (Debian's {@code prometheus} package, {@code /usr/bin/prometheus}) run as a process
 * with a given configuration file, and the parts of its HTTP API the tests read: targets, instant queries, rules
 * and alerts. Also runs {@code promtool}.
 */
final class PrometheusServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    private PrometheusServer(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts Prometheus on a free loopback port with {@code config}; its data and log go under {@code work}. */
    static PrometheusServer start(Path config, Path work) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(work);
        Process process = new ProcessBuilder("prometheus", "--config.file=" + config.toAbsolutePath(),
                "--storage.tsdb.path=" + work.resolve("data").toAbsolutePath(),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(work.resolve("prometheus.log").toFile()).start();
        PrometheusServer server = new PrometheusServer(process, "http://127.0.0.1:" + port);
        server.awaitReady(Duration.ofSeconds(30));
        return server;
    }

    /** Runs {@code promtool} with {@code arguments} in {@code folder}; returns its exit status and output. */
    static ToolResult promtool(Path folder, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("promtool"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("promtool " + arguments + " did not finish");
        }
        return new ToolResult(process.exitValue(), output);
    }

    record ToolResult(int exitStatus, String output) {
    }

    /** {@code /api/v1/targets}: the active targets. */
    JsonNode activeTargets() throws IOException, InterruptedException {
        return get("/api/v1/targets?state=active").path("activeTargets");
    }

    /** {@code /api/v1/query}: the result vector of an instant query; fails on a query error. */
    JsonNode query(String expression) throws IOException, InterruptedException {
        return get("/api/v1/query?query=" + URLEncoder.encode(expression, StandardCharsets.UTF_8)).path("result");
    }

    /** {@code /api/v1/rules}: the rule groups loaded. */
    JsonNode ruleGroups() throws IOException, InterruptedException {
        return get("/api/v1/rules").path("groups");
    }

    /** {@code /api/v1/alerts}: the alerts pending or firing. */
    JsonNode alerts() throws IOException, InterruptedException {
        return get("/api/v1/alerts").path("alerts");
    }

    /** Every metric name Prometheus holds. */
    List<String> metricNames() throws IOException, InterruptedException {
        return JSON.convertValue(get("/api/v1/label/__name__/values"), JSON.getTypeFactory()
                .constructCollectionType(List.class, String.class));
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() != 200 || !"success".equals(body.path("status").asText())) {
            throw new IllegalStateException("Prometheus " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return body.path("data");
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prometheus exited with " + process.exitValue());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/-/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("prometheus not ready within " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
