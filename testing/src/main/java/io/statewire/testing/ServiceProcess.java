package io.statewire.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged Quarkus service ({@code <module>/target/quarkus-app/quarkus-run.jar}) run as a child process on a
 * free HTTP port (production profile), its output appended to {@code target/service-logs/<module>.log}.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String module;
    private final Process process;
    private final int httpPort;
    private final Path log;
    private final long logStart;

    private ServiceProcess(String module, Process process, int httpPort, Path log, long logStart) {
        this.module = module;
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
        this.logStart = logStart;
    }

    /** Starts {@code module}'s packaged service, found from the current module's folder, with these properties. */
    public static ServiceProcess start(String module, Map<String, String> properties) throws IOException {
        return start(module, properties, Map.of());
    }

    /**
     * Starts {@code module}'s packaged service with these properties and these environment variables added to the
     * test's own (as a deployment passes settings, secrets included, that must not show on a command line).
     */
    public static ServiceProcess start(String module, Map<String, String> properties, Map<String, String> environment)
            throws IOException {
        return start(module, properties, environment, List.of());
    }

    /**
     * Starts {@code module}'s packaged service with these properties, environment variables and JVM options; the
     * options come after the default {@code -Xmx256m}, so an {@code -Xmx} among them takes its place.
     */
    public static ServiceProcess start(String module, Map<String, String> properties, Map<String, String> environment,
            List<String> jvmOptions) throws IOException {
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package " + module + " first");
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx256m");
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        Path log = Path.of("target", "service-logs", module + ".log");
        Files.createDirectories(log.getParent());
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new ServiceProcess(module, builder.start(), port, log, logStart);
    }

    /** The operating system's id of the process, e.g. to read {@code /proc/<pid>/status}. */
    public long pid() {
        return process.pid();
    }

    /** Whether the process is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The HTTP port the service listens on. */
    public int httpPort() {
        return httpPort;
    }

    /** The lines this process has written to its log so far (the log file is shared with earlier runs). */
    public List<String> logLines() throws IOException {
        byte[] all = Files.readAllBytes(log);
        String written = new String(all, (int) logStart, all.length - (int) logStart, StandardCharsets.UTF_8);
        return written.lines().toList();
    }

    /** Waits until {@code /q/health/ready} answers 200. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited with " + process.exitValue() + "; see target/service-logs");
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(module + " not ready within " + timeout);
    }

    /** Kills the service without warning (SIGKILL), as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Stops the service as Ctrl-C would and returns its exit status. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
