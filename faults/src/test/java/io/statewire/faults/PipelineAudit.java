package io.statewire.faults;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.InvalidEventException;
import io.statewire.contracts.Passage;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Statement;
import io.statewire.contracts.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code press.releases}, {@code press.passages} and {@code press.statements} (read committed) from their
 * beginning while a run goes on and keeps, for the run's source only: how often each release, passage and statement
 * text arrived, and when each record arrived (to tell when a killed part delivered again). Records that are not readable events (the poison
 * of a poison run) are passed over.
 */
final class PipelineAudit implements AutoCloseable {

    private final String source;
    private final Map<String, Integer> statements = new ConcurrentHashMap<>();
    private final Map<String, Integer> passages = new ConcurrentHashMap<>();
    private final Map<String, Integer> releases = new ConcurrentHashMap<>();
    private final AtomicLong statementsOut = new AtomicLong();
    private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
    private final AtomicLong lastArrival = new AtomicLong(System.nanoTime());
    private final AtomicBoolean reading = new AtomicBoolean(true);
    private final Thread reader;

    private PipelineAudit(String bootstrap, String source) {
        this.source = source;
        this.reader = new Thread(() -> read(bootstrap), "audit-" + source);
    }

    /** Starts reading the cluster at {@code bootstrap} for the records of {@code source}. */
    static PipelineAudit start(String bootstrap, String source) {
        PipelineAudit audit = new PipelineAudit(bootstrap, source);
        audit.reader.setDaemon(true);
        audit.reader.start();
        return audit;
    }

    /** Distinct statement texts read so far. */
    int distinct() {
        return statements.size();
    }

    /** Statements read so far, repeats included. */
    long statementsOut() {
        return statementsOut.get();
    }

    /** Waits until {@code count} distinct statements were read; false when {@code timeout} passed first. */
    boolean awaitDistinct(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (distinct() < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** Waits until nothing arrived for {@code quiet}, so that late repeats would have been seen; at most {@code timeout}. */
    void awaitQuiet(Duration quiet, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - lastArrival.get() < quiet.toNanos() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /**
     * Waits for the first record of the run on {@code topic} (or one partition of it, as {@code topic-partition})
     * that arrives after {@code sinceNanos} (a {@link System#nanoTime()} value) and answers the time from
     * {@code fromNanos} to it; empty on timeout.
     */
    Optional<Duration> awaitArrival(String topic, long sinceNanos, long fromNanos, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Long> times = arrivals.computeIfAbsent(topic, t -> new ArrayList<>());
            synchronized (times) {
                for (int i = times.size() - 1; i >= 0 && times.get(i) > sinceNanos; i--) {
                    if (i == 0 || times.get(i - 1) <= sinceNanos) {
                        return Optional.of(Duration.ofNanos(times.get(i) - fromNanos));
                    }
                }
            }
            Thread.sleep(50);
        }
        return Optional.empty();
    }

    /** Expected texts not read as statements. */
    Set<String> missing(Collection<String> expected) {
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(statements.keySet());
        return missing;
    }

    /** Texts read as statements more than once. */
    List<String> duplicated() {
        return statements.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    /** Texts read as passages more than once: tells a duplicate statement made by dedup from one made by classify. */
    long duplicatedPassages() {
        return passages.values().stream().filter(count -> count > 1).count();
    }

    /** Distinct releases read on {@code press.releases}. */
    int releasesPublished() {
        return releases.size();
    }

    /** Releases read on {@code press.releases} more than once (published again, e.g. after a crash). */
    long releasesPublishedAgain() {
        return releases.values().stream().filter(count -> count > 1).count();
    }

    /** Texts read as statements that were never put in. */
    Set<String> unexpected(Collection<String> expected) {
        Set<String> unexpected = new HashSet<>(statements.keySet());
        unexpected.removeAll(expected);
        return unexpected;
    }

    @Override
    public void close() throws InterruptedException {
        reading.set(false);
        reader.join(30_000);
    }

    /**
     * Reads without a consumer group, from positions kept here: a group's committed offsets lag behind what was
     * read, and a consumer that falls back to them after a broker restart would count records twice.
     */
    private void read(String bootstrap) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 2 * 1024 * 1024);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.RELEASES, Topics.PASSAGES, Topics.STATEMENTS)) {
                consumer.partitionsFor(topic, Duration.ofMinutes(1))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> next = new HashMap<>();
            while (reading.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= next.getOrDefault(partition, 0L)) {
                        next.put(partition, record.offset() + 1);
                        take(record);
                    }
                }
            }
        }
    }

    private void take(ConsumerRecord<String, byte[]> record) {
        long now = System.nanoTime();
        try {
            if (record.topic().equals(Topics.STATEMENTS)) {
                Statement statement = EventJson.read(record.value(), Statement.class);
                if (!source.equals(statement.source())) {
                    return;
                }
                statements.merge(statement.text(), 1, Integer::sum);
                statementsOut.incrementAndGet();
            } else if (record.topic().equals(Topics.RELEASES)) {
                PressRelease release = EventJson.read(record.value(), PressRelease.class);
                if (!source.equals(release.source())) {
                    return;
                }
                releases.merge(release.releaseId(), 1, Integer::sum);
            } else {
                Passage passage = EventJson.read(record.value(), Passage.class);
                if (!source.equals(passage.source())) {
                    return;
                }
                passages.merge(passage.text(), 1, Integer::sum);
            }
        } catch (InvalidEventException | NullPointerException poison) {
            return;
        }
        for (String where : List.of(record.topic(), record.topic() + "-" + record.partition())) {
            List<Long> times = arrivals.computeIfAbsent(where, w -> new ArrayList<>());
            synchronized (times) {
                times.add(now);
            }
        }
        lastArrival.set(now);
    }
}
