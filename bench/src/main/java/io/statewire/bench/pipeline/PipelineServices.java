package io.statewire.bench.pipeline;

import io.statewire.bench.memory.DeployedJvmSettings;
import io.statewire.bench.memory.ResidentMemory;
import io.statewire.testing.ServiceProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The three packaged services as separate processes with the JVM options they are deployed with
 * ({@link DeployedJvmSettings}), started one after the other so that each one's time to ready is its own, each
 * watched by a {@link ResidentMemory} sampler. Run from {@code bench/}.
 */
final class PipelineServices implements AutoCloseable {

    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private final Map<String, ResidentMemory> memory = new LinkedHashMap<>();
    private final Map<String, Duration> readyAfter = new LinkedHashMap<>();
    private final Map<String, Long> peakRss = new HashMap<>();

    /** Starts {@code module} with these settings, waits until it is ready and records how long that took. */
    void start(String module, Map<String, String> settings) throws IOException, InterruptedException {
        DeployedJvmSettings jvm = DeployedJvmSettings.read(
                Path.of("..", module, "src", "main", "docker", "Dockerfile.jvm"),
                Path.of("..", "deploy", "k8s", "services", module.replace("-service", "") + ".yaml"));
        long start = System.nanoTime();
        ServiceProcess process = ServiceProcess.start(module, settings, Map.of(), jvm.javaOptions());
        processes.put(module, process);
        memory.put(module, new ResidentMemory(process.pid()));
        process.awaitReady(Duration.ofSeconds(120));
        readyAfter.put(module, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Stops {@code module}, keeping the highest resident size seen, and starts it again with these settings. */
    void restart(String module, Map<String, String> settings) throws IOException, InterruptedException {
        ServiceProcess process = processes.remove(module);
        ResidentMemory rss = memory.remove(module);
        peakRss.merge(module, rss.peakSince(), Math::max);
        rss.close();
        process.stop();
        start(module, settings);
    }

    ServiceProcess process(String module) {
        return processes.get(module);
    }

    Duration readyAfter(String module) {
        return readyAfter.get(module);
    }

    /** The highest resident size of {@code module} sampled since it first started, in bytes. */
    long peakRss(String module) {
        return Math.max(peakRss.getOrDefault(module, 0L), memory.get(module).peakSince());
    }

    @Override
    public void close() throws InterruptedException {
        for (String module : processes.keySet()) {
            memory.get(module).close();
            processes.get(module).close();
        }
    }
}
