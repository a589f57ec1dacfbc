package io.statewire.bench;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.dedup.text.PassageSplitter;
import io.statewire.dedup.topology.DedupSettings;
import io.statewire.dedup.topology.DedupTopology;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.SampleReleases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
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
 * Dedup benchmark, one run, printed as a report:
 * <ol>
 *   <li>throughput of the dedup topology and of a pass-through topology (same split into passages, no
 *       deduplication) over the same releases on the same real broker, both exactly-once; and their ratio;</li>
 *   <li>state bytes per stored passage after the dedup run.</li>
 * </ol>
 * {@code DedupBench [PASSAGES]}, default 200000. Uses {@code KAFKA_BOOTSTRAP_SERVERS} or an in-process broker.
 */
public final class DedupBench {

    /** Where the pass-through topology writes its passages. */
    public static final String PASS_THROUGH_OUT = "bench.passthrough";
    private static final int PARAGRAPHS = 5;

    private DedupBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchLogging.asInServices();
        int passages = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        String bootstrap = KafkaBroker.bootstrapServers();
        KafkaBroker.createTopics(List.of(Topics.RELEASES, Topics.PASSAGES, Topics.PASSAGE_REPEATS,
                Topics.deadLetter(Topics.RELEASES), PASS_THROUGH_OUT));
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<PressRelease> releases = releases(run, passages / PARAGRAPHS);
        long produced = produce(bootstrap, releases);
        System.out.printf("input: %d releases, %d passages (one in five repeats a passage of the release before), "
                + "produced in %d ms%n", releases.size(), passages, produced);

        Path passThroughState = Files.createTempDirectory("bench-passthrough");
        double passThrough = run(bootstrap, passThroughTopology(), "bench-pass-" + run, passThroughState,
                List.of(PASS_THROUGH_OUT), passages);
        Path dedupState = Files.createTempDirectory("bench-dedup");
        double dedup = run(bootstrap, DedupTopology.build(DedupSettings.defaults()), "bench-dedup-" + run, dedupState,
                List.of(Topics.PASSAGES, Topics.PASSAGE_REPEATS), passages);
        System.out.printf("throughput, exactly-once, same broker: pass-through %.0f passages/s, dedup %.0f passages/s, "
                + "ratio %.2f (target >= 0.8)%n", passThrough, dedup, dedup / passThrough);
        int unique = passages - releases.size() + 1;
        System.out.printf("dedup state on disk: %d bytes for %d stored passages = %.0f bytes per passage%n",
                size(dedupState), unique, size(dedupState) / (double) unique);
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

    /** Runs a topology from the start of the input until {@code expected} records are out; passages per second. */
    static double run(String bootstrap, Topology topology, String applicationId, Path stateDir, List<String> outputs,
            int expected) throws InterruptedException {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        double seconds = timeUntilOut(bootstrap, topology, props, outputs, expected, Duration.ofMinutes(20));
        System.out.printf("  %s: %d passages in %.1f s%n", applicationId, expected, seconds);
        return expected / seconds;
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

    static List<PressRelease> releases(String run, int count) {
        List<PressRelease> releases = new ArrayList<>(count);
        String previous = null;
        for (int r = 0; r < count; r++) {
            String[] paragraphs = new String[PARAGRAPHS];
            paragraphs[0] = previous == null ? text(run, r, 9) : previous;
            for (int p = 1; p < PARAGRAPHS; p++) {
                paragraphs[p] = text(run, r, p);
            }
            previous = paragraphs[PARAGRAPHS - 1];
            releases.add(SampleReleases.release(run + ":" + r, 1, paragraphs));
        }
        return releases;
    }

    /** A passage of typical length (about 40 words) that differs from every other by its numbers. */
    static String text(String prefix, int release, int paragraph) {
        return "The ministers of foreign affairs held talks on item " + release + "." + paragraph + " of the agenda ("
                + prefix + ") and reviewed cooperation in trade, energy, transport and culture, the situation in the "
                + "region and the preparation of the next meeting of the intergovernmental commission, number "
                + (release * 31 + paragraph * 7) + ".";
    }

    private static long produce(String bootstrap, List<PressRelease> releases) {
        long start = System.nanoTime();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(),
                new ByteArraySerializer())) {
            for (PressRelease release : releases) {
                producer.send(new ProducerRecord<>(Topics.RELEASES, release.releaseId(), EventJson.write(release)));
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
