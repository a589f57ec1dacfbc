package io.statewire.classify.messaging;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.statewire.contracts.DeadLetterHeaders;
import io.statewire.contracts.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Builds the dead-letter record for a record that could not be processed, with the reason and origin headers. */
final class DeadLetters {

    private DeadLetters() {
    }

    static ProducerRecord<String, byte[]> of(KafkaRecord<String, byte[]> record, Exception error) {
        Headers headers = new RecordHeaders(record.getHeaders().toArray());
        put(headers, DeadLetterHeaders.REASON, error.getMessage());
        if (error.getCause() != null) {
            put(headers, DeadLetterHeaders.CAUSE, error.getCause().getClass().getName());
        }
        put(headers, DeadLetterHeaders.TOPIC, record.getTopic());
        put(headers, DeadLetterHeaders.PARTITION, Integer.toString(record.getPartition()));
        put(headers, DeadLetterHeaders.OFFSET, Long.toString(offset(record)));
        return new ProducerRecord<>(Topics.deadLetter(record.getTopic()), null, record.getKey(), record.getPayload(),
                headers);
    }

    static long offset(KafkaRecord<?, ?> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset)
                .orElse(-1L);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    }
}
