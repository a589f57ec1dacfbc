package io.statewire.bench.memory;

import io.statewire.bench.TopicEnds;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.SampleReleases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The resident memory of the packaged dedup-service under load, one run on one broker, printed as a report. For
 * each variant in turn: start the service as a process with the JVM options of its image and of
 * {@code deploy/k8s/services/dedup.yaml}
 * (its own application id and state folder, reading {@code press.releases} from its end), wait until it is ready
 * and has published a first release, then produce the load (releases of generated prose, see
 * {@link GeneratedReleases}) and wait until every passage is out on {@code press.passages} or
 * {@code press.passages.repeats}; {@code VmRSS} is read from {@code /proc/<pid>/status} when idle, throughout the
 * load (its peak), at its end and 30 s later, with the kernel's own peak {@code VmHWM}.
 * <p>
 * Variants: {@code unbounded} ({@code statewire.dedup.rocksdb.bounded=false}: Kafka Streams' RocksDB defaults for
 * every store, as before {@code BoundedRocksDbConfig}), {@code default} (the service's own settings) and {@code MEMORY/WRITE_BUFFERS} such
 * as {@code 32m/8m} (other budgets). Run from the checkout's root:
 * {@code DedupMemoryBench [RELEASES] [PARAGRAPHS] [PARTITIONS] [VARIANT...]}, default
 * {@code 3000 12 3 unbounded default}. Uses {@code KAFKA_BOOTSTRAP_SERVERS} or an in-process broker.
 */
public final class DedupMemoryBench {

    private static final Path DOCKERFILE = Path.of("dedup-service/src/main/docker/Dockerfile.jvm");
    private static final Path MANIFEST = Path.of("deploy/k8s/services/dedup.yaml");
    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final String SETTER_LOG_LINE = "RocksDB memory bounded";
    private static final double MIB = 1024 * 1024;

    private DedupMemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        int releases = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int paragraphs = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> variants = args.length > 3 ? List.of(args).subList(3, args.length) : List.of("unbounded", "default");
        variants.forEach(DedupMemoryBench::variantSettings);

        Path checkout = Path.of("").toAbsolutePath();
        DeployedJvmSettings jvm = DeployedJvmSettings.read(checkout.resolve(DOCKERFILE),
                checkout.resolve(MANIFEST));
        String bootstrap = KafkaBroker.bootstrapServers();
        createTopics(bootstrap, partitions);
        String run = UUID.randomUUID().toString().substring(0, 8);
        System.out.printf("input: %d releases of %d paragraphs = %d passages per variant, %d partitions per topic%n",
                releases, paragraphs, releases * paragraphs, partitions);
        System.out.printf("jvm: %s%n", String.join(" ", jvm.javaOptions()));

        List<String> summary = new ArrayList<>();
        for (String variant : variants) {
            String prefix = "mem-" + variant.replaceAll("[^A-Za-z0-9]", "") + "-" + run;
            List<PressRelease> load = GeneratedReleases.generate(prefix, releases, paragraphs, 42);
            summary.add(measure(checkout, jvm, bootstrap, variant, prefix, load, releases * paragraphs));
        }
        System.out.println("summary (MiB):   variant | idle | peak during load | end of load | 30 s later | VmHWM");
        summary.forEach(System.out::println);
        KafkaBroker.stopInProcess();
    }

    private static String measure(Path checkout, DeployedJvmSettings jvm, String bootstrap, String variant,
            String prefix, List<PressRelease> load, int expected) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("kafka.bootstrap.servers", bootstrap);
        settings.put("quarkus.kafka-streams.application-id", "bench-" + prefix);
        settings.put("kafka-streams.state.dir", checkout.resolve("bench/target/memory-state/" + prefix).toString());
        settings.put("kafka-streams.consumer.auto.offset.reset", "latest");
        settings.putAll(variantSettings(variant));
        Path log = checkout.resolve("bench/target/memory-logs/" + prefix + ".log");

        try (var outputs = new OutputCounter(bootstrap, prefix);
                var service = DedupServiceProcess.start(checkout, jvm, settings, log);
                var rss = new ResidentMemory(service.pid())) {
            long started = System.nanoTime();
            service.awaitReady(Duration.ofMinutes(3));
            produce(bootstrap, List.of(SampleReleases.release(prefix + ":marker", 1,
                    "A first release " + prefix + ", to know that the service reads.")));
            outputs.awaitMarker(Duration.ofMinutes(3));
            double readySeconds = seconds(started);
            boolean bounded = service.logged(SETTER_LOG_LINE);
            if (bounded == variant.equals("unbounded")) {
                throw new IllegalStateException(variant + ": RocksDB memory is " + (bounded ? "bounded" : "not bounded")
                        + ", see " + log);
            }
            long idle = rss.current();
            rss.resetPeak();

            long loadStarted = System.nanoTime();
            produce(bootstrap, load);
            outputs.await(expected, Duration.ofMinutes(30));
            double loadSeconds = seconds(loadStarted);
            long peak = rss.peakSince();
            long end = rss.current();
            Thread.sleep(SETTLE.toMillis());
            long settled = rss.current();
            long highWaterMark = rss.highWaterMark();
            String jvmMemory = JvmMemory.describe(service.metrics());

            System.out.printf("variant %s (RocksDB memory %s): ready and reading after %.1f s, idle %s; %d passages "
                    + "in %.1f s; RSS peak during load %s, at end %s, %d s later %s, VmHWM %s; %s%n",
                    variant, bounded ? "bounded" : "unbounded", readySeconds, mib(idle), expected, loadSeconds, mib(peak), mib(end),
                    SETTLE.toSeconds(), mib(settled), mib(highWaterMark), jvmMemory);
            return String.format("  %22s | %4.0f | %16.0f | %11.0f | %10.0f | %5.0f", variant, idle / MIB,
                    peak / MIB, end / MIB, settled / MIB, highWaterMark / MIB);
        }
    }

    private static String mib(long bytes) {
        return String.format("%.0f MiB", bytes / MIB);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The settings a variant adds to the service's own. */
    static Map<String, String> variantSettings(String variant) {
        if (variant.equals("unbounded")) {
            return Map.of("statewire.dedup.rocksdb.bounded", "false");
        }
        if (variant.equals("default")) {
            return Map.of();
        }
        String[] sizes = variant.split("/");
        if (sizes.length != 2) {
            throw new IllegalArgumentException("variant " + variant + ": give unbounded, default or MEMORY/WRITE_BUFFERS "
                    + "such as 32m/8m");
        }
        return Map.of("statewire.dedup.rocksdb.memory", sizes[0], "statewire.dedup.rocksdb.write-buffer-memory", sizes[1]);
    }

    private static void createTopics(String bootstrap, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (String topic : List.of(Topics.RELEASES, Topics.deadLetter(Topics.RELEASES), Topics.PASSAGES,
                    Topics.PASSAGE_REPEATS)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    private static void produce(String bootstrap, List<PressRelease> releases) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(),
                new ByteArraySerializer())) {
            for (PressRelease release : releases) {
                producer.send(new ProducerRecord<>(Topics.RELEASES, release.releaseId(), EventJson.write(release)));
            }
        }
    }

    /** Counts, from their current ends, the committed passages and repeats of one variant's releases. */
    private static final class OutputCounter implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final String prefix;
        private boolean marker;
        private long count;

        OutputCounter(String bootstrap, String prefix) {
            this.prefix = prefix;
            this.consumer = new KafkaConsumer<>(Map.<String, Object>of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
            TopicEnds.assignAtEnd(consumer, List.of(Topics.PASSAGES, Topics.PASSAGE_REPEATS));
        }

        void awaitMarker(Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!marker) {
                poll(deadline, "the first release");
            }
        }

        void await(long expected, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (count < expected) {
                poll(deadline, count + " of " + expected + " passages");
            }
        }

        private void poll(long deadline, String waitingFor) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(prefix + ": timed out waiting for " + waitingFor);
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.key() == null || !record.key().startsWith(prefix + ":")) {
                    continue;
                }
                if (record.key().equals(prefix + ":marker")) {
                    marker = true;
                } else {
                    count++;
                }
            }
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
