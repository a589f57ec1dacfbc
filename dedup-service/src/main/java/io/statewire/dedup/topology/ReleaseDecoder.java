package io.statewire.dedup.topology;

import io.statewire.contracts.DeadLetterHeaders;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.InvalidEventException;
import io.statewire.contracts.PressRelease;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Reads raw {@code press.releases} values into {@link DecodedRelease}s. A value that breaks the contract is
 * passed on as a failure, with dead-letter headers naming the reason and the origin topic, partition and offset;
 * it is counted and logged with the record's key as {@code releaseId} in the log context.
 */
class ReleaseDecoder implements FixedKeyProcessor<String, byte[], DecodedRelease> {

    private static final Logger LOG = Logger.getLogger(ReleaseDecoder.class);
    private final DedupCounters counters;
    private FixedKeyProcessorContext<String, DecodedRelease> context;

    ReleaseDecoder(DedupCounters counters) {
        this.counters = counters;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, DecodedRelease> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        try {
            context.forward(record.withValue(DecodedRelease.ok(EventJson.read(record.value(), PressRelease.class),
                    record.value())));
        } catch (InvalidEventException e) {
            Headers headers = record.headers();
            put(headers, DeadLetterHeaders.REASON, e.getMessage());
            if (e.getCause() != null) {
                put(headers, DeadLetterHeaders.CAUSE, e.getCause().getClass().getName());
            }
            context.recordMetadata().ifPresent(origin -> {
                put(headers, DeadLetterHeaders.TOPIC, origin.topic());
                put(headers, DeadLetterHeaders.PARTITION, Integer.toString(origin.partition()));
                put(headers, DeadLetterHeaders.OFFSET, Long.toString(origin.offset()));
            });
            context.forward(record.withValue(DecodedRelease.failed(record.value(), e.getMessage())).withHeaders(headers));
            counters.deadLetter(e.reason().label());
            logDeadLetter(record.key(), e);
        }
    }

    private void logDeadLetter(String releaseId, InvalidEventException e) {
        MDC.put("releaseId", String.valueOf(releaseId));
        try {
            String origin = context.recordMetadata().map(m -> m.topic() + "-" + m.partition() + "@" + m.offset())
                    .orElse("?");
            LOG.warnf("dead letter from %s: %s", origin, e.getMessage());
        } finally {
            MDC.remove("releaseId");
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
