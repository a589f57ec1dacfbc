package io.statewire.dedup.topology;

import io.statewire.contracts.Passage;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Consumes passages keyed by their exact fingerprint and forwards only those whose fingerprint the
 * seen-passages store does not hold yet, recording their first sighting.
 */
class FirstSightingFilter implements FixedKeyProcessor<String, Passage, Passage> {

    private FixedKeyProcessorContext<String, Passage> context;
    private KeyValueStore<String, FirstSeen> seen;

    @Override
    public void init(FixedKeyProcessorContext<String, Passage> context) {
        this.context = context;
        this.seen = context.getStateStore(DedupTopology.SEEN_PASSAGES_STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, Passage> record) {
        Passage passage = record.value();
        if (seen.get(record.key()) != null) {
            return;
        }
        seen.put(record.key(), new FirstSeen(passage.passageId(), passage.releaseId(), passage.revision(),
                passage.position(), record.timestamp()));
        context.forward(record);
    }
}
