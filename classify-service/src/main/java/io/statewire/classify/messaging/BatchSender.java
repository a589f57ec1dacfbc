package io.statewire.classify.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends a batch's records (statements, dead letters, turns) with the transactional producer of the
 * {@code statements-out} channel, in the transaction {@link KafkaTransactions} has begun on it: all of them in one
 * task on the channel's sending thread, instead of one message each through the channel (a message, its metadata, a
 * hand-over to the sending thread and an acknowledgement chain per record).
 * The result completes once the broker acknowledged every record and fails with the first failure, so that the
 * transaction is aborted instead of committed.
 */
@ApplicationScoped
public class BatchSender {

    private final KafkaClientService clients;

    public BatchSender(KafkaClientService clients) {
        this.clients = clients;
    }

    public Uni<Void> send(List<ProducerRecord<String, byte[]>> records) {
        KafkaProducer<String, byte[]> producer = clients.getProducer(PassageProcessor.STATEMENTS_OUT);
        return producer.runOnSendingThread(kafka -> {
            AllAcknowledged acknowledged = new AllAcknowledged(records.size());
            try {
                for (ProducerRecord<String, byte[]> record : records) {
                    kafka.send(record, acknowledged);
                }
                // nothing more comes in this transaction: send the last partial batches now, not after linger.ms
                kafka.flush();
            } catch (RuntimeException e) {
                acknowledged.fail(e);
            }
            return acknowledged.future();
        }).chain(acknowledged -> Uni.createFrom().completionStage(acknowledged));
    }
}
