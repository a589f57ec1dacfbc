package io.statewire.classify.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import io.statewire.classify.metrics.ClassifyMetrics;
import io.statewire.classify.metrics.PublishedBatch;
import io.statewire.classify.speaker.ReleaseTurns;
import io.statewire.classify.tagging.ClassificationException;
import io.statewire.classify.tagging.Classifier;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.InvalidEventException;
import io.statewire.contracts.Passage;
import io.statewire.contracts.PipelineHeaders;
import io.statewire.contracts.Statement;
import io.statewire.contracts.StatementHeaders;
import io.statewire.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Consumes batches of {@code press.passages} and, in one Kafka transaction per batch together with the
 * consumer offsets, produces for each readable passage its statement to {@code press.statements} and to
 * {@code press.statements.<code>} for each of its topics (headers carry the codes), the release's new transcript
 * turns to {@code classify.speaker-turns} when the passage opens a turn, and for each record that cannot be read
 * or classified a dead letter to {@code press.passages.dlq}. Exactly once: a batch whose transaction fails is aborted and read again, and its
 * turns are kept and its statements counted in the metrics only once it committed. {@link KafkaTransactions} runs
 * the transaction (begin, the consumer offsets, commit or abort); the batch's records go to its producer all at once
 * through {@link BatchSender}. While a record is processed, its {@code releaseId} (and {@code passageId} once read)
 * are in the log context.
 */
@ApplicationScoped
public class PassageProcessor {

    static final String PASSAGES_IN = "passages-in";
    static final String STATEMENTS_OUT = "statements-out";
    private static final Logger LOG = Logger.getLogger(PassageProcessor.class);

    private final KafkaTransactions<byte[]> transactions;
    private final BatchSender sender;
    private final Classifier classifier;
    private final SpeakerTurnStore turns;
    private final ClassifyMetrics metrics;

    public PassageProcessor(@Channel(STATEMENTS_OUT) KafkaTransactions<byte[]> transactions, BatchSender sender,
            Classifier classifier, SpeakerTurnStore turns, ClassifyMetrics metrics) {
        this.transactions = transactions;
        this.sender = sender;
        this.classifier = classifier;
        this.turns = turns;
        this.metrics = metrics;
    }

    @Incoming(PASSAGES_IN)
    public Uni<Void> process(KafkaRecordBatch<String, byte[]> batch) {
        Map<Integer, Map<String, ReleaseTurns>> batchTurns = new HashMap<>();
        PublishedBatch published = new PublishedBatch();
        // the batch's records go to the transaction's producer through the sender, not one by one through the emitter
        return transactions.withTransactionAndAck(batch, emitter -> {
            List<ProducerRecord<String, byte[]>> out = new ArrayList<>();
            for (KafkaRecord<String, byte[]> record : batch) {
                MDC.put("releaseId", String.valueOf(record.getKey()));
                try {
                    publish(record, out, batchTurns, published);
                } finally {
                    MDC.remove("releaseId");
                    MDC.remove("passageId");
                }
            }
            return sender.send(out);
        }).invoke(() -> {
            turns.apply(batchTurns);
            metrics.committed(published, Instant.now());
        });
    }

    private void publish(KafkaRecord<String, byte[]> record, List<ProducerRecord<String, byte[]>> out,
            Map<Integer, Map<String, ReleaseTurns>> batchTurns, PublishedBatch published) {
        Map<String, ReleaseTurns> partitionTurns = batchTurns.computeIfAbsent(record.getPartition(), p -> new HashMap<>());
        Passage passage;
        ReleaseTurns releaseTurns;
        Classifier.Result result;
        try {
            passage = EventJson.read(record.getPayload(), Passage.class);
            MDC.put("passageId", passage.passageId());
            releaseTurns = partitionTurns.computeIfAbsent(passage.releaseId(),
                    id -> turns.of(record.getPartition(), id));
            long started = System.nanoTime();
            result = classifier.classify(passage, releaseTurns.before(passage.position()));
            published.classified(System.nanoTime() - started);
        } catch (InvalidEventException | ClassificationException e) {
            LOG.warnf("dead letter from %s-%d@%d: %s", record.getTopic(), record.getPartition(), DeadLetters.offset(record),
                    e.getMessage());
            out.add(DeadLetters.of(record, e));
            published.deadLetter(e instanceof InvalidEventException invalid ? invalid.reason().label()
                    : ClassifyMetrics.CLASSIFICATION_FAILED);
            return;
        }
        Statement statement = result.statement();
        byte[] value = EventJson.write(statement);
        Header[] headers = StatementHeaders.of(statement).toArray();
        out.add(statementTo(Topics.STATEMENTS, statement.releaseId(), value, headers));
        for (String code : statement.topicCodes()) {
            out.add(statementTo(Topics.statementsFor(code), statement.releaseId(), value, headers));
        }
        published.statement(statement.topicCodes(), PipelineHeaders.fetchedAt(record.getHeaders()));
        if (result.opensTurn().isPresent()) {
            ReleaseTurns updated = releaseTurns.with(passage.position(), result.opensTurn().get());
            partitionTurns.put(passage.releaseId(), updated);
            out.add(new ProducerRecord<>(Topics.CLASSIFY_TURNS, record.getPartition(), passage.releaseId(),
                    updated.encode().getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The same value and headers go to every topic of the statement; each record gets its own header list. */
    private static ProducerRecord<String, byte[]> statementTo(String topic, String key, byte[] value,
            Header[] headers) {
        return new ProducerRecord<>(topic, null, key, value, new RecordHeaders(headers));
    }
}
