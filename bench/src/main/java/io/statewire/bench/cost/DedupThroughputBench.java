package io.statewire.bench.cost;

import io.statewire.bench.BenchLogging;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.dedup.text.PassageSplitter;
import io.statewire.dedup.topology.DedupSettings;
import io.statewire.dedup.topology.DedupTopology;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.SampleReleases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * dedup's throughput against a pass-through topology that reads the same releases and writes the same passages
 * (the same split, no deduplication) with the same exactly-once settings, under dedup-service's Kafka Streams
 * settings and, if asked, several variants of them, in one run on one broker: the releases (generated prose, {@value #PARAGRAPHS} passages
 * each: ten new, a word-for-word copy and a one-word-changed copy of earlier passages) are produced once; then, for
 * dedup-service's own settings ({@link ServiceStreamsSettings}) and for each variant on top of them, the pass-through
 * and the dedup topology each read them all from the start with an application id of their own, timed from start
 * until every passage is out (read committed), with the CPU time the JVM used meanwhile (broker included, far less
 * disturbed than elapsed time by other work on a shared machine). A first dedup run with the service's settings
 * warms the JVM up and is not counted. {@code DedupThroughputBench [PASSAGES] [VARIANT...]}, a variant being
 * {@code key=value[,key=value...]} of Streams settings, e.g. {@code commit.interval.ms=200}, or
 * {@code bench.logging=unconfigured} for the JVM's logging as it is without {@link BenchLogging} (every level on);
 * run from the checkout's root.
 */
public final class DedupThroughputBench {

    /** Where the pass-through topology writes its passages. */
    public static final String PASS_THROUGH_OUT = "bench.passthrough";
    private static final Path SERVICE_PROPERTIES = Path.of("dedup-service/src/main/resources/application.properties");
    private static final int PARAGRAPHS = 12;
    private static final int NEW_PER_RELEASE = 10;
    /** A variant's setting for the benchmark's own logging rather than for Kafka Streams. */
    private static final String LOGGING = "bench.logging";
    private static final String LOGGING_UNCONFIGURED = "unconfigured";

    private DedupThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchLogging.asInServices();
        int passages = args.length > 0 ? Integer.parseInt(args[0]) : 120_000;
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        Map<String, String> service = ServiceStreamsSettings.read(SERVICE_PROPERTIES);
        service.remove(StreamsConfig.STATE_DIR_CONFIG);
        variants.put("service settings", service);
        for (int i = 1; i < args.length; i++) {
            Map<String, String> variant = new TreeMap<>(service);
            for (String setting : args[i].split(",")) {
                String[] keyValue = setting.split("=", 2);
                if (keyValue.length != 2) {
                    throw new IllegalArgumentException("variant " + args[i] + ": give key=value[,key=value...]");
                }
                variant.put(keyValue[0], keyValue[1]);
            }
            variants.put(args[i], variant);
        }
        String bootstrap = KafkaBroker.bootstrapServers();
        KafkaBroker.createTopics(List.of(Topics.RELEASES, Topics.PASSAGES, Topics.PASSAGE_REPEATS,
                Topics.deadLetter(Topics.RELEASES), PASS_THROUGH_OUT));
        String run = UUID.randomUUID().toString().substring(0, 8);
        int releases = passages / PARAGRAPHS;
        produce(bootstrap, run, releases);
        System.out.printf("input: %d releases x %d passages = %d passages (%d new, one exact and one one-word-changed "
                + "copy of an earlier passage per release), 3 partitions%n", releases, PARAGRAPHS,
                releases * PARAGRAPHS, releases * NEW_PER_RELEASE);
        System.out.printf("service settings: %s%n", service);
        run(bootstrap, DedupTopology.build(DedupSettings.defaults()), "bench-warmup-" + run, service,
                List.of(Topics.PASSAGES, Topics.PASSAGE_REPEATS), releases * PARAGRAPHS);
        System.out.println("  (that run warmed the JVM up and is not counted)");
        List<String> summary = new ArrayList<>();
        int v = 0;
        for (Map.Entry<String, Map<String, String>> variant : variants.entrySet()) {
            String id = run + "-" + v++;
            Map<String, String> settings = new TreeMap<>(variant.getValue());
            boolean unconfiguredLogging = LOGGING_UNCONFIGURED.equals(settings.remove(LOGGING));
            if (unconfiguredLogging) {
                BenchLogging.unconfigured();
            }
            Result passThrough = run(bootstrap, passThroughTopology(), "bench-pass-" + id, settings,
                    List.of(PASS_THROUGH_OUT), releases * PARAGRAPHS);
            Result dedup = run(bootstrap, DedupTopology.build(DedupSettings.defaults()), "bench-dedup-" + id,
                    settings, List.of(Topics.PASSAGES, Topics.PASSAGE_REPEATS), releases * PARAGRAPHS);
            BenchLogging.asInServices();
            summary.add(String.format("  %-45s | %12.0f | %7.0f | %5.2f | %12.0f | %6.0f | %5.2f", variant.getKey(),
                    passThrough.perSecond(), dedup.perSecond(), dedup.perSecond() / passThrough.perSecond(),
                    passThrough.cpuMicros(), dedup.cpuMicros(), passThrough.cpuMicros() / dedup.cpuMicros()));
        }
        System.out.println("summary: settings                            | passages/s: pass-through | dedup | ratio "
                + "| JVM CPU us/passage: pass-through | dedup | ratio");
        summary.forEach(System.out::println);
        KafkaBroker.stopInProcess();
    }

    /** Same releases, split into the same passages, written out without deduplication. */
    public static Topology passThroughTopology() {
        var splitter = new PassageSplitter(DedupSettings.defaults().boilerplate(), 1200);
        var builder = new StreamsBuilder();
        builder.stream(Topics.RELEASES, Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .flatMapValues(bytes -> splitter.split(EventJson.read(bytes, PressRelease.class)).passages())
                .to(PASS_THROUGH_OUT, Produced.with(Serdes.String(), JsonSerde.passages()));
        return builder.build();
    }

    /**
     * Starts {@code topology} with {@code props} once a read_committed reader of {@code outputs} is in place, waits
     * until {@code expected} records are out, closes it and returns the seconds from its start to the last record.
     */
    public static double timeUntilOut(String bootstrap, Topology topology, Properties props, List<String> outputs,
            long expected, Duration atMost) {
        String applicationId = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, applicationId + "-count",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(outputs);
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            try (var streams = new KafkaStreams(topology, props)) {
                long start = System.nanoTime();
                streams.start();
                long seen = 0;
                while (seen < expected) {
                    seen += consumer.poll(Duration.ofMillis(100)).count();
                    if (System.nanoTime() - start > atMost.toNanos()) {
                        throw new IllegalStateException(applicationId + ": only " + seen + " of " + expected);
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                streams.close(Duration.ofSeconds(30));
                return seconds;
            }
        }
    }

    /** Passages per second and CPU microseconds of the whole JVM (broker included) per passage. */
    record Result(double perSecond, double cpuMicros) {
    }

    /** Runs a topology from the start of the input until {@code expected} records are out. */
    static Result run(String bootstrap, Topology topology, String applicationId, Map<String, String> settings,
            List<String> outputs, int expected) throws Exception {
        var props = new Properties();
        props.putAll(settings);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        Path stateDir = StateDirs.create("bench-settings");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        CpuTime cpuBefore = CpuTime.now(applicationId);
        double seconds = timeUntilOut(bootstrap, topology, props, outputs, expected, Duration.ofMinutes(30));
        CpuTime cpu = CpuTime.now(applicationId).since(cpuBefore);
        System.out.printf("  %s: %d passages in %.1f s; CPU per passage %.0f us (Streams threads), %.0f us "
                + "(JVM, broker included)%n", applicationId, expected, seconds, cpu.threads() / 1e3 / expected,
                cpu.process() / 1e3 / expected);
        StateDirs.delete(stateDir);
        return new Result(expected / seconds, cpu.process() / 1e3 / expected);
    }

    private static void produce(String bootstrap, String run, int releases) {
        NumberedProse prose = new NumberedProse(11);
        Random picks = new Random(3);
        long next = 0;
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap, ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int r = 0; r < releases; r++) {
                List<String> texts = new ArrayList<>(PARAGRAPHS);
                for (int p = 0; p < NEW_PER_RELEASE; p++) {
                    texts.add(prose.text(next++));
                }
                long earlier = Math.max(1, next - NEW_PER_RELEASE);
                texts.add(prose.text((long) (picks.nextDouble() * earlier)));
                texts.add(prose.nearCopy((long) (picks.nextDouble() * earlier), r));
                PressRelease release = SampleReleases.release(run + ":" + r, 1, texts.toArray(String[]::new));
                producer.send(new ProducerRecord<>(Topics.RELEASES, release.releaseId(), EventJson.write(release)));
            }
        }
    }
}
