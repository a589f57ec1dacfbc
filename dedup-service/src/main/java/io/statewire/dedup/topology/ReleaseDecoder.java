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

/**
 * Reads raw {@code press.releases} values into {@link DecodedRelease}s. A value that breaks the contract is
 * passed on as a failure, with dead-letter headers naming the reason and the origin topic, partition and offset.
 */
class ReleaseDecoder implements FixedKeyProcessor<String, byte[], DecodedRelease> {

    private FixedKeyProcessorContext<String, DecodedRelease> context;

    @Override
    public void init(FixedKeyProcessorContext<String, DecodedRelease> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        try {
            context.forward(record.withValue(DecodedRelease.ok(EventJson.read(record.value(), PressRelease.class))));
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
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
