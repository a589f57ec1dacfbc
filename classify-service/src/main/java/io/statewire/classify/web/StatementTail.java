package io.statewire.classify.web;

import io.statewire.contracts.InvalidEventException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjLongConsumer;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Reads one statement topic from a little before its end until stopped: assigns itself every partition (no
 * consumer group, nothing committed), starts each at most {@code backlog} offsets before the end, and hands every
 * statement ({@link ReadStatement}: its codes from the headers, its value read when shown) with its record timestamp
 * to a sink. Records without the code headers are read at once, and skipped with a warning when unreadable. Waits for
 * the topic to exist; partitions added after that are not read. Runs on the caller's thread in {@link #run()};
 * {@link #stop()} may be called from any thread. The consumer is closed when {@code run} returns.
 */
final class StatementTail implements Runnable {

    private static final Logger LOG = Logger.getLogger(StatementTail.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final Consumer<String, byte[]> consumer;
    private final String topic;
    private final int backlog;
    private final ObjLongConsumer<ReadStatement> sink;
    private final Duration retry;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean toldMissing;

    StatementTail(Consumer<String, byte[]> consumer, String topic, int backlog, ObjLongConsumer<ReadStatement> sink,
            Duration retry) {
        if (backlog < 0) {
            throw new IllegalArgumentException("backlog must not be negative, was " + backlog);
        }
        this.consumer = consumer;
        this.topic = topic;
        this.backlog = backlog;
        this.sink = sink;
        this.retry = retry;
    }

    @Override
    public void run() {
        try {
            boolean assigned = false;
            while (!isStopped()) {
                try {
                    if (!assigned) {
                        assigned = assign();
                        if (!assigned) {
                            pause();
                        }
                    } else {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                            deliver(record);
                        }
                    }
                } catch (WakeupException e) {
                    // stop() woke the consumer; the loop condition ends the run
                } catch (KafkaException e) {
                    LOG.warnf("reading %s failed, retrying in %s: %s", topic, retry, e.toString());
                    pause();
                }
            }
        } finally {
            consumer.close();
        }
    }

    /** Ends {@link #run()} soon: wakes the consumer out of a poll and any pause. */
    void stop() {
        stopped.countDown();
        consumer.wakeup();
    }

    /** Where each partition starts: {@code backlog} before its end, but not before its beginning. */
    static Map<TopicPartition, Long> startOffsets(Map<TopicPartition, Long> beginning, Map<TopicPartition, Long> end,
            int backlog) {
        Map<TopicPartition, Long> start = new HashMap<>();
        end.forEach((partition, last) -> start.put(partition,
                Math.max(beginning.getOrDefault(partition, 0L), last - backlog)));
        return start;
    }

    private boolean assign() {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        if (infos == null || infos.isEmpty()) {
            if (!toldMissing) {
                LOG.infof("%s does not exist yet; looking again every %s", topic, retry);
                toldMissing = true;
            }
            return false;
        }
        List<TopicPartition> partitions = infos.stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        startOffsets(consumer.beginningOffsets(partitions), consumer.endOffsets(partitions), backlog)
                .forEach(consumer::seek);
        LOG.debugf("reading %s from %d partitions, up to %d statements back each", topic, partitions.size(), backlog);
        return true;
    }

    private void deliver(ConsumerRecord<String, byte[]> record) {
        String origin = record.topic() + "-" + record.partition() + "@" + record.offset();
        ReadStatement statement;
        try {
            statement = ReadStatement.of(record.value(), record.headers(), origin);
        } catch (InvalidEventException e) {
            LOG.warnf("skipped unreadable record %s: %s", origin, e.getMessage());
            return;
        }
        sink.accept(statement, record.timestamp());
    }

    private void pause() {
        try {
            stopped.await(retry.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.countDown();
        }
    }

    private boolean isStopped() {
        return stopped.getCount() == 0;
    }
}
