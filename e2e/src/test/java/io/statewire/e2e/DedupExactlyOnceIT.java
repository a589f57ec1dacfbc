package io.statewire.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.Passage;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.SampleReleases;
import io.statewire.testing.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * dedup-service as separate processes against a real broker, audited from {@code press.passages} (read committed):
 * every unique passage exactly once and no repeat, whether one instance is killed with SIGKILL twice mid-run and
 * restarted, or two instances share the partitions. Each release repeats a paragraph of the release before, which
 * usually sits on another partition.
 */
class DedupExactlyOnceIT {

    private static final int RELEASES = 600;

    @Test
    void everyUniquePassageExactlyOnceAcrossCrashes() throws Exception {
        audit("crash", 1, 2);
    }

    @Test
    void twoInstancesCatchRepeatsAcrossPartitions() throws Exception {
        audit("pair", 2, 0);
    }

    private void audit(String name, int instances, int kills) throws Exception {
        String bootstrap = KafkaBroker.bootstrapServers();
        KafkaBroker.createTopics(Topics.PIPELINE);
        String run = name + "-" + UUID.randomUUID().toString().substring(0, 8);

        List<PressRelease> releases = releases(run);
        Set<String> expected = new HashSet<>();
        releases.forEach(r -> r.paragraphs().forEach(p -> expected.add(p)));

        Map<String, Integer> seen = new ConcurrentHashMap<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> readPassages(bootstrap, run, seen, reading));
        reader.start();

        List<ServiceProcess> dedups = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                dedups.add(ServiceProcess.start("dedup-service", settings(bootstrap, run, i)));
            }
            for (ServiceProcess dedup : dedups) {
                dedup.awaitReady(Duration.ofSeconds(90));
            }
            Thread producer = new Thread(() -> produce(bootstrap, releases));
            producer.start();
            for (int kill = 1; kill <= kills; kill++) {
                awaitCount(seen, expected.size() * kill / (kills + 1), Duration.ofSeconds(120));
                dedups.get(0).kill();
                System.out.printf("killed dedup-service at %d of %d unique passages%n", seen.size(), expected.size());
                dedups.set(0, ServiceProcess.start("dedup-service", settings(bootstrap, run, 0)));
                dedups.get(0).awaitReady(Duration.ofSeconds(90));
            }
            producer.join();
            awaitCount(seen, expected.size(), Duration.ofSeconds(120));
            Thread.sleep(3000);
        } finally {
            reading.set(false);
            reader.join();
            for (ServiceProcess dedup : dedups) {
                dedup.stop();
            }
        }

        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(seen.keySet());
        List<String> duplicated = seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        System.out.printf("dedup audit (%d instance(s), %d kill(s)): %d unique passages in, %d out, %d missing, "
                + "%d duplicated%n", instances, kills, expected.size(), seen.size(), missing.size(), duplicated.size());
        assertThat(missing).isEmpty();
        assertThat(duplicated).isEmpty();
        assertThat(seen.keySet()).isEqualTo(expected);
    }

    private static Map<String, String> settings(String bootstrap, String run, int instance) throws Exception {
        Path state = Files.createDirectories(Path.of("target", run, "dedup-state-" + instance)).toAbsolutePath();
        return Map.of("kafka.bootstrap.servers", bootstrap,
                "quarkus.kafka-streams.application-id", run + "-dedup",
                "kafka-streams.state.dir", state.toString());
    }

    /** Releases of five paragraphs each; the first repeats one paragraph of the release before. */
    private static List<PressRelease> releases(String run) {
        List<PressRelease> releases = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < RELEASES; i++) {
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(previous == null ? paragraph(run, i, 9) : previous);
            for (int p = 0; p < 4; p++) {
                paragraphs.add(paragraph(run, i, p));
            }
            previous = paragraphs.get(4);
            releases.add(SampleReleases.release(run + ":" + i, 1, paragraphs.toArray(String[]::new)));
        }
        return releases;
    }

    private static String paragraph(String run, int release, int paragraph) {
        return "Statement " + release + "." + paragraph + " of run " + run + ".";
    }

    private static void produce(String bootstrap, List<PressRelease> releases) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (PressRelease release : releases) {
                producer.send(new ProducerRecord<>(Topics.RELEASES, release.releaseId(), EventJson.write(release)));
                Thread.sleep(15);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void readPassages(String bootstrap, String run, Map<String, Integer> seen, AtomicBoolean reading) {
        var config = new HashMap<String, Object>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, run + "-audit", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), JsonSerde.passages().deserializer())) {
            consumer.subscribe(List.of(Topics.PASSAGES));
            while (reading.get()) {
                for (ConsumerRecord<String, Passage> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key().startsWith(run + ":")) {
                        seen.merge(record.value().text(), 1, Integer::sum);
                    }
                }
            }
        }
    }

    private static void awaitCount(Map<String, Integer> seen, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (seen.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(seen.size()).as("unique passages read").isGreaterThanOrEqualTo(count);
    }
}
