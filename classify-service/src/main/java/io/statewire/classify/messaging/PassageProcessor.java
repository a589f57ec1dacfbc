package io.statewire.classify.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import io.smallrye.reactive.messaging.kafka.transactions.TransactionalEmitter;
import io.statewire.classify.tagging.Classifier;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.InvalidEventException;
import io.statewire.contracts.Passage;
import io.statewire.contracts.Statement;
import io.statewire.contracts.StatementHeaders;
import io.statewire.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes batches of {@code press.passages} and, in one Kafka transaction per batch together with the
 * consumer offsets, produces for each readable passage its statement to {@code press.statements} and to
 * {@code press.statements.<code>} for each of its topics (headers carry the codes), the release's new transcript
 * turn to {@code classify.speaker-turns} when it changes, and for each unreadable record a dead letter to
 * {@code press.passages.dlq}. Exactly once: a batch whose transaction fails is aborted and read again, and its
 * turns are kept only once it committed.
 */
@ApplicationScoped
public class PassageProcessor {

    static final String PASSAGES_IN = "passages-in";
    static final String STATEMENTS_OUT = "statements-out";
    private static final Logger LOG = Logger.getLogger(PassageProcessor.class);

    private final KafkaTransactions<byte[]> transactions;
    private final Classifier classifier;
    private final SpeakerTurnStore turns;

    public PassageProcessor(@Channel(STATEMENTS_OUT) KafkaTransactions<byte[]> transactions, Classifier classifier,
            SpeakerTurnStore turns) {
        this.transactions = transactions;
        this.classifier = classifier;
        this.turns = turns;
    }

    @Incoming(PASSAGES_IN)
    public Uni<Void> process(KafkaRecordBatch<String, byte[]> batch) {
        Map<Integer, Map<String, String>> batchTurns = new HashMap<>();
        return transactions.withTransactionAndAck(batch, emitter -> {
            for (KafkaRecord<String, byte[]> record : batch) {
                publish(record, emitter, batchTurns);
            }
            return Uni.createFrom().voidItem();
        }).invoke(() -> turns.apply(batchTurns));
    }

    private void publish(KafkaRecord<String, byte[]> record, TransactionalEmitter<byte[]> emitter,
            Map<Integer, Map<String, String>> batchTurns) {
        Passage passage;
        try {
            passage = EventJson.read(record.getPayload(), Passage.class);
        } catch (InvalidEventException e) {
            LOG.warnf("dead letter from %s-%d@%d: %s", record.getTopic(), record.getPartition(), DeadLetters.offset(record),
                    e.getMessage());
            emitter.send(DeadLetters.of(record, e));
            return;
        }
        Map<String, String> partitionTurns = batchTurns.computeIfAbsent(record.getPartition(), p -> new HashMap<>());
        Optional<String> turn = Optional.ofNullable(partitionTurns.get(passage.releaseId()))
                .or(() -> turns.current(record.getPartition(), passage.releaseId()));
        Classifier.Result result = classifier.classify(passage, turn);
        Statement statement = result.statement();
        emitter.send(statementTo(Topics.STATEMENTS, statement));
        for (String code : statement.topicCodes()) {
            emitter.send(statementTo(Topics.statementsFor(code), statement));
        }
        if (result.turn().isPresent() && !result.turn().equals(turn)) {
            partitionTurns.put(passage.releaseId(), result.turn().get());
            emitter.send(Message.of(result.turn().get().getBytes(StandardCharsets.UTF_8))
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withTopic(Topics.CLASSIFY_TURNS)
                            .withPartition(record.getPartition()).withKey(passage.releaseId()).build()));
        }
    }

    private static Message<byte[]> statementTo(String topic, Statement statement) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, StatementHeaders.TOPICS, statement.topicCodes());
        header(headers, StatementHeaders.PLACES, statement.places());
        header(headers, StatementHeaders.ORGANISATIONS, statement.organisations());
        header(headers, StatementHeaders.TAXONOMY_VERSION, List.of(statement.taxonomyVersion()));
        return Message.of(EventJson.write(statement)).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic).withKey(statement.releaseId()).withHeaders(headers).build());
    }

    private static void header(RecordHeaders headers, String name, List<String> codes) {
        headers.add(name, String.join(",", codes).getBytes(StandardCharsets.UTF_8));
    }
}
