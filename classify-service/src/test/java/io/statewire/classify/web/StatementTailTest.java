package io.statewire.classify.web;

import static io.statewire.classify.web.SampleStatements.statement;
import static io.statewire.classify.web.SampleStatements.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatementTailTest {

    private static final TopicPartition P0 = new TopicPartition(Topics.STATEMENTS, 0);
    private static final TopicPartition P1 = new TopicPartition(Topics.STATEMENTS, 1);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private record Received(ReadStatement statement, long timestamp) {
    }

    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final StatementTail tail = new StatementTail(consumer, Topics.STATEMENTS, 3,
            (statement, timestamp) -> received.add(new Received(statement, timestamp)), Duration.ofMillis(20));
    private Thread thread;

    @AfterEach
    void stop() throws InterruptedException {
        if (thread != null) {
            tail.stop();
            thread.join(WAIT.toMillis());
            assertThat(thread.isAlive()).as("tail still running after stop()").isFalse();
        }
    }

    @Test
    void startsEachPartitionAtMostBacklogBeforeItsEndButNotBeforeItsBeginning() {
        assertThat(StatementTail.startOffsets(Map.of(P0, 0L, P1, 4L), Map.of(P0, 10L, P1, 5L), 3))
                .isEqualTo(Map.of(P0, 7L, P1, 4L));
        assertThat(StatementTail.startOffsets(Map.of(P0, 0L), Map.of(P0, 10L), 0)).isEqualTo(Map.of(P0, 10L));
    }

    @Test
    void deliversTheLastStatementsOfEveryPartitionWithTheirRecordTimeAndSkipsUnreadableOnes() {
        topicExists();
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 4L));
        consumer.updateEndOffsets(Map.of(P0, 10L, P1, 5L));
        consumer.schedulePollTask(() -> {
            for (long offset = 5; offset < 10; offset++) {
                consumer.addRecord(record(P0, offset, offset == 8 ? bytes("not json") : json(offset)));
            }
            consumer.addRecord(record(P1, 4, json(4)));
        });
        start();

        await().atMost(WAIT).until(() -> received.size() == 3);
        assertThat(received).extracting(r -> r.statement().statement().orElseThrow().position(), Received::timestamp)
                .containsExactlyInAnyOrder(
                        tuple(7, 1007L),
                        tuple(9, 1009L),
                        tuple(4, 1004L));
        assertThat(consumer.assignment()).containsExactlyInAnyOrder(P0, P1);
    }

    @Test
    void waitsForTheTopicToExist() {
        start();
        await().atMost(WAIT).until(() -> consumer.assignment().isEmpty() && thread.isAlive());

        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        consumer.updateEndOffsets(Map.of(P0, 0L, P1, 0L));
        topicExists();
        await().atMost(WAIT).until(() -> consumer.assignment().size() == 2);

        consumer.schedulePollTask(() -> consumer.addRecord(record(P1, 0, json(0))));
        await().atMost(WAIT).until(() -> received.size() == 1);
    }

    @Test
    void stopEndsTheRunAndClosesTheConsumer() throws InterruptedException {
        topicExists();
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        consumer.updateEndOffsets(Map.of(P0, 0L, P1, 0L));
        start();
        await().atMost(WAIT).until(() -> consumer.assignment().size() == 2);

        tail.stop();
        thread.join(WAIT.toMillis());
        assertThat(thread.isAlive()).isFalse();
        assertThat(consumer.closed()).isTrue();
    }

    private void start() {
        thread = new Thread(tail, "statement-tail-test");
        thread.start();
    }

    private void topicExists() {
        Node node = new Node(0, "localhost", 9092);
        consumer.updatePartitions(Topics.STATEMENTS, List.of(
                new PartitionInfo(Topics.STATEMENTS, 0, node, new Node[] {node}, new Node[] {node}),
                new PartitionInfo(Topics.STATEMENTS, 1, node, new Node[] {node}, new Node[] {node})));
    }

    private static ConsumerRecord<String, byte[]> record(TopicPartition partition, long offset, byte[] value) {
        return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, 1000 + offset,
                TimestampType.CREATE_TIME, 1, value.length, "r", value, new RecordHeaders(), Optional.empty());
    }

    private static byte[] json(long position) {
        return EventJson.write(statement("r", (int) position, "Statement " + position + ".", List.of(topic("energy")),
                List.of(), List.of()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
