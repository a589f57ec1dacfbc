package io.statewire.faults;

import io.statewire.testing.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The packaged services of one run as processes against one cluster, each with the run's own consumer group,
 * Streams application id, state folder and transactional instance id, so that a restarted process takes over from
 * the one killed before it (fencing its transactions) and runs do not share state.
 */
final class Pipeline implements AutoCloseable {

    static final Duration READY = Duration.ofSeconds(180);

    /** A service of the pipeline and its module. */
    enum Service {
        INGEST("ingest-service"), DEDUP("dedup-service"), CLASSIFY("classify-service");

        final String module;

        Service(String module) {
            this.module = module;
        }
    }

    private final Map<Service, Map<String, String>> settings = new EnumMap<>(Service.class);
    private final Map<Service, ServiceProcess> running = new EnumMap<>(Service.class);

    /**
     * dedup and classify of run {@code run} on the cluster at {@code bootstrap}, whose topics have
     * {@code replication} replicas; state under {@code dir}.
     */
    Pipeline(String bootstrap, String run, Path dir, int replication) throws IOException {
        Path state = Files.createDirectories(dir.resolve("dedup-state")).toAbsolutePath();
        settings.put(Service.DEDUP, Map.of("kafka.bootstrap.servers", bootstrap,
                "quarkus.kafka-streams.application-id", run + "-dedup",
                "kafka-streams.state.dir", state.toString()));
        settings.put(Service.CLASSIFY, Map.of("kafka.bootstrap.servers", bootstrap,
                "mp.messaging.incoming.passages-in.group.id", run + "-classify",
                "statewire.instance", run,
                "statewire.classify.replication-factor", Integer.toString(replication)));
    }

    /** Adds ingest-service watching the sources in {@code sources}, with {@code extra} settings. */
    Pipeline withIngest(String bootstrap, String run, Path sources, Map<String, String> extra) {
        Map<String, String> ingest = new HashMap<>(Map.of("kafka.bootstrap.servers", bootstrap,
                "statewire.sources", sources.toAbsolutePath().toString(), "statewire.instance", run));
        ingest.putAll(extra);
        settings.put(Service.INGEST, ingest);
        return this;
    }

    /** Starts these services and waits until each is ready. */
    void start(Service... services) throws IOException, InterruptedException {
        for (Service service : services) {
            running.put(service, ServiceProcess.start(service.module, settings.get(service)));
        }
        for (Service service : services) {
            running.get(service).awaitReady(READY);
        }
    }

    ServiceProcess get(Service service) {
        return running.get(service);
    }

    /** Waits until every running service is ready; fails when one exited or stays not ready. */
    void awaitAllReady() throws InterruptedException {
        for (ServiceProcess process : running.values()) {
            process.awaitReady(READY);
        }
    }

    /** Kills {@code service} with SIGKILL and answers when ({@link System#nanoTime()}). */
    long kill(Service service) throws InterruptedException {
        running.get(service).kill();
        return System.nanoTime();
    }

    /** Starts {@code service} again, answers when it was launched ({@link System#nanoTime()}), waits until ready. */
    long restart(Service service) throws IOException, InterruptedException {
        long launched = System.nanoTime();
        running.put(service, ServiceProcess.start(service.module, settings.get(service)));
        running.get(service).awaitReady(READY);
        return launched;
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess process : running.values()) {
            process.close();
        }
    }
}
