package io.statewire.bench.cost;

import io.statewire.bench.BenchLogging;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.dedup.topology.DedupSettings;
import io.statewire.dedup.topology.DedupTopology;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.SampleReleases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * dedup's cost per passage against the number of fingerprints already stored, one run, printed as a report. One
 * instance of the dedup topology, with dedup-service's own Kafka Streams settings ({@link ServiceStreamsSettings}:
 * exactly-once v2, its commit interval, its bounded RocksDB), runs on a real broker, 3 partitions per topic, for the
 * whole run. For each level in turn (default 10,000, 100,000 and 1,000,000 stored fingerprints):
 * <ol>
 *   <li>load: releases of {@value #LOAD_PARAGRAPHS} new passages (generated prose, {@link NumberedProse}) go through
 *       the topology until as many distinct passages have been stored as the level asks;</li>
 *   <li>a pause of {@link #SETTLE} for RocksDB's background flushes and compactions, then the state's size;</li>
 *   <li>the batch, timed from its first record produced to its last passage published (read committed): releases of
 *       {@value #BATCH_PARAGRAPHS} passages, ten new ones, a word-for-word copy and a one-word-changed copy of
 *       passages stored earlier (any of them, so that old keys are read too).</li>
 * </ol>
 * Beside elapsed time, the CPU time used meanwhile ({@link CpuTime}: the instance's own threads, and the whole JVM
 * with the broker) is printed per passage, which other work on a shared machine disturbs far less. The same instance
 * holds the stores throughout, so no batch pays for restoring them. Every exact copy must come out as an exact
 * repeat, else the run fails. The JVM's logging is set as in the services ({@link BenchLogging}).
 * {@code DedupCostBench [LEVELS] [BATCH_NEW]}, e.g. {@code 10000,100000,1000000 10000}; run from the checkout's
 * root. Uses {@code KAFKA_BOOTSTRAP_SERVERS} or an in-process broker.
 */
public final class DedupCostBench {

    private static final Path SERVICE_PROPERTIES = Path.of("dedup-service/src/main/resources/application.properties");
    private static final int LOAD_PARAGRAPHS = 10;
    private static final int BATCH_PARAGRAPHS = 12;
    private static final int BATCH_NEW_PER_RELEASE = 10;
    private static final Duration SETTLE = Duration.ofSeconds(10);
    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(40);
    private static final double MIB = 1024 * 1024;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String applicationId = "bench-cost-" + run;
    private final NumberedProse prose = new NumberedProse(42);
    private final Random picks = new Random(7);
    private final String bootstrap;
    /** Texts numbered so far; each is a distinct passage, stored once it went through. */
    private long nextText;
    /** Distinct passages stored so far: the numbered texts and the near copies. */
    private long stored;

    private DedupCostBench(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    public static void main(String[] args) throws Exception {
        BenchLogging.asInServices();
        long[] levels = Arrays.stream((args.length > 0 ? args[0] : "10000,100000,1000000").split(","))
                .mapToLong(Long::parseLong).toArray();
        int batchNew = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        if (batchNew % BATCH_NEW_PER_RELEASE != 0) {
            throw new IllegalArgumentException("BATCH_NEW must be a multiple of " + BATCH_NEW_PER_RELEASE);
        }
        Map<String, String> service = ServiceStreamsSettings.read(SERVICE_PROPERTIES);
        service.remove(StreamsConfig.STATE_DIR_CONFIG);
        String bootstrap = KafkaBroker.bootstrapServers();
        KafkaBroker.createTopics(List.of(Topics.RELEASES, Topics.deadLetter(Topics.RELEASES), Topics.PASSAGES,
                Topics.PASSAGE_REPEATS));
        int releases = batchNew / BATCH_NEW_PER_RELEASE;
        System.out.printf("input: per level a batch of %d releases x %d passages = %d passages (%d new, %d exact "
                + "copies, %d one-word-changed copies of stored passages); 3 partitions per topic%n", releases,
                BATCH_PARAGRAPHS, releases * BATCH_PARAGRAPHS, batchNew, releases, releases);
        System.out.printf("settings: dedup-service's Kafka Streams settings %s%n", service);
        new DedupCostBench(bootstrap).measure(levels, batchNew, service);
        KafkaBroker.stopInProcess();
    }

    private void measure(long[] levels, int batchNew, Map<String, String> service) throws Exception {
        Path stateDir = StateDirs.create("bench-dedup-cost");
        var props = new Properties();
        props.putAll(service);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        List<String> summary = new ArrayList<>();
        try (var tally = new OutputTally(bootstrap);
                var streams = new KafkaStreams(DedupTopology.build(DedupSettings.defaults()), props)) {
            streams.start();
            for (int level = 0; level < levels.length; level++) {
                if (levels[level] < stored) {
                    throw new IllegalArgumentException("level " + levels[level] + " is below the " + stored
                            + " passages already stored: give levels further apart than a batch");
                }
                load(tally, run + "-load" + level, levels[level] - stored);
                Thread.sleep(SETTLE.toMillis());
                StoreSizes sizes = StoreSizes.of(streams, stateDir);
                summary.add(batch(tally, run + "-batch" + level, batchNew, sizes));
            }
            streams.close(Duration.ofSeconds(60));
        }
        StateDirs.delete(stateDir);
        System.out.println("summary:  stored passages | batch passages/s | us/passage | CPU us/passage: Streams "
                + "threads, whole JVM | state bytes/stored passage: RocksDB, on disk");
        summary.forEach(System.out::println);
    }

    /** Puts {@code count} new passages through and prints their throughput and CPU time. */
    private void load(OutputTally tally, String phase, long count) {
        long first = nextText;
        nextText += count;
        stored += count;
        CpuTime cpuBefore = CpuTime.now(applicationId);
        long started = System.nanoTime();
        CompletableFuture<Void> producing = CompletableFuture.runAsync(() -> produce(phase, first, count));
        tally.await(phase, count, PHASE_TIMEOUT);
        producing.join();
        double seconds = (System.nanoTime() - started) / 1e9;
        CpuTime cpu = CpuTime.now(applicationId).since(cpuBefore);
        System.out.printf("load %s: %,d new passages in %.1f s = %.0f passages/s, CPU per passage %.0f us (Streams "
                + "threads), %.0f us (JVM, broker included); %,d passages stored%n", phase, count, seconds,
                count / seconds, cpu.threads() / 1e3 / count, cpu.process() / 1e3 / count, stored);
    }

    private void produce(String phase, long first, long count) {
        try (var producer = producer()) {
            long end = first + count;
            for (long n = first, release = 0; n < end; release++) {
                List<String> texts = new ArrayList<>(LOAD_PARAGRAPHS);
                for (int p = 0; p < LOAD_PARAGRAPHS && n < end; p++, n++) {
                    texts.add(prose.text(n));
                }
                send(producer, phase + ":" + release, texts);
            }
        }
    }

    private String batch(OutputTally tally, String phase, int batchNew, StoreSizes before) {
        long storedBefore = stored;
        long earlier = nextText;
        List<List<String>> releases = new ArrayList<>();
        for (int r = 0; r < batchNew / BATCH_NEW_PER_RELEASE; r++) {
            List<String> texts = new ArrayList<>(BATCH_PARAGRAPHS);
            for (int p = 0; p < BATCH_NEW_PER_RELEASE; p++) {
                texts.add(prose.text(nextText++));
            }
            texts.add(prose.text(pick(earlier)));
            texts.add(prose.nearCopy(pick(earlier), r));
            releases.add(texts);
        }
        int expected = releases.size() * BATCH_PARAGRAPHS;

        CpuTime cpuBefore = CpuTime.now(applicationId);
        long started = System.nanoTime();
        try (var producer = producer()) {
            for (int r = 0; r < releases.size(); r++) {
                send(producer, phase + ":" + r, releases.get(r));
            }
        }
        OutputTally.Verdicts verdicts = tally.await(phase, expected, PHASE_TIMEOUT);
        double seconds = (System.nanoTime() - started) / 1e9;
        CpuTime cpu = CpuTime.now(applicationId).since(cpuBefore);
        stored += batchNew + releases.size();
        if (verdicts.exact != releases.size()) {
            throw new IllegalStateException(phase + ": " + releases.size() + " exact copies, but " + verdicts);
        }

        long seenKeys = before.store(DedupTopology.PASSAGES_STORE).estimatedKeys();
        double perPassage = before.bytes() / (double) storedBefore;
        System.out.printf("level %,d stored passages (RocksDB estimates %,d keys in %s): state %.1f MiB in RocksDB "
                + "(live SST + memtables) = %.0f bytes per stored passage [%s], %.1f MiB on disk%n", storedBefore,
                seenKeys, DedupTopology.PASSAGES_STORE, before.bytes() / MIB, perPassage, perStore(before),
                before.bytesOnDisk() / MIB);
        double threadsMicros = cpu.threads() / 1e3 / expected;
        double processMicros = cpu.process() / 1e3 / expected;
        System.out.printf("batch at %,d stored: %d passages in %.2f s = %.0f passages/s, %.0f us/passage; CPU per "
                + "passage %.0f us (Streams threads), %.0f us (JVM, broker included); %s%n", storedBefore, expected,
                seconds, expected / seconds, seconds * 1e6 / expected, threadsMicros, processMicros, verdicts);
        return String.format("  %,22d | %16.0f | %10.0f | %20.0f, %10.0f | %27.0f, %7.0f", storedBefore,
                expected / seconds, seconds * 1e6 / expected, threadsMicros, processMicros, perPassage,
                before.bytesOnDisk() / (double) storedBefore);
    }

    private static String perStore(StoreSizes sizes) {
        List<String> parts = new ArrayList<>();
        sizes.stores().forEach((name, store) -> parts.add(String.format("%s %.1f MiB", name, store.bytes() / MIB)));
        return String.join(", ", parts);
    }

    private long pick(long below) {
        return (long) (picks.nextDouble() * below);
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(),
                new ByteArraySerializer());
    }

    private void send(KafkaProducer<String, byte[]> producer, String releaseId, List<String> texts) {
        PressRelease release = SampleReleases.release(releaseId, 1, texts.toArray(String[]::new));
        producer.send(new ProducerRecord<>(Topics.RELEASES, release.releaseId(), EventJson.write(release)));
    }
}
