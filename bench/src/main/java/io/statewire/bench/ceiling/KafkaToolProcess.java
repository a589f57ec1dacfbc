package io.statewire.bench.ceiling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of Kafka's command-line tools (a main class on this JVM's class path, such as
 * {@code org.apache.kafka.tools.ProducerPerformance}) in a child JVM, as a client process apart from the broker;
 * returns the lines it printed on standard output. Its standard error (the clients' log) and then its output go to
 * {@code target/bench-logs/<tool>.log}.
 */
public final class KafkaToolProcess {

    private KafkaToolProcess() {
    }

    public static List<String> run(String mainClass, List<String> arguments, Duration timeout)
            throws IOException, InterruptedException {
        String tool = mainClass.substring(mainClass.lastIndexOf('.') + 1);
        Path log = Path.of("target", "bench-logs", tool + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        String output;
        try (var out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(log, output, StandardOpenOption.APPEND);
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(tool + " did not finish within " + timeout + "; see " + log.toAbsolutePath());
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(tool + " exited with " + process.exitValue() + "; output:\n" + output
                    + "see " + log.toAbsolutePath());
        }
        return output.lines().toList();
    }
}
