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
import io.statewire.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes batches of {@code press.passages} and, in one Kafka transaction per batch together with the
 * consumer offsets, produces a statement to {@code press.statements} for each readable passage and a
 * dead-letter record to {@code press.passages.dlq} for each unreadable one. Exactly once: a batch whose
 * transaction fails is aborted and read again.
 */
@ApplicationScoped
public class PassageProcessor {

    static final String PASSAGES_IN = "passages-in";
    static final String STATEMENTS_OUT = "statements-out";
    private static final Logger LOG = Logger.getLogger(PassageProcessor.class);

    private final KafkaTransactions<byte[]> transactions;
    private final Classifier classifier;

    public PassageProcessor(@Channel(STATEMENTS_OUT) KafkaTransactions<byte[]> transactions, Classifier classifier) {
        this.transactions = transactions;
        this.classifier = classifier;
    }

    @Incoming(PASSAGES_IN)
    public Uni<Void> process(KafkaRecordBatch<String, byte[]> batch) {
        return transactions.withTransactionAndAck(batch, emitter -> {
            for (KafkaRecord<String, byte[]> record : batch) {
                publish(record, emitter);
            }
            return Uni.createFrom().voidItem();
        });
    }

    private void publish(KafkaRecord<String, byte[]> record, TransactionalEmitter<byte[]> emitter) {
        Statement statement;
        try {
            statement = classifier.classify(EventJson.read(record.getPayload(), Passage.class));
        } catch (InvalidEventException e) {
            LOG.warnf("dead letter from %s-%d@%d: %s", record.getTopic(), record.getPartition(), DeadLetters.offset(record),
                    e.getMessage());
            emitter.send(DeadLetters.of(record, e));
            return;
        }
        emitter.send(toTopic(Topics.STATEMENTS, statement));
    }

    private static Message<byte[]> toTopic(String topic, Statement statement) {
        return Message.of(EventJson.write(statement)).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic).withKey(statement.releaseId()).build());
    }
}
