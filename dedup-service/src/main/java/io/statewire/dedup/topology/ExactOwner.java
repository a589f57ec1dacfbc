package io.statewire.dedup.topology;

import io.statewire.dedup.text.Bands;
import io.statewire.dedup.text.NearDuplicates;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Consumes candidates keyed by their exact fingerprint, so that every copy of a text meets the one owner of that
 * fingerprint, which decides by arrival. Every candidate goes on to the release assembler (keyed by release id);
 * a copy of a text seen before goes as a settled exact repeat. A new text is recorded in the seen-passages store
 * and, when long enough for near matching, also sent as one probe per SimHash band (keyed by band value). First
 * sightings older than the retention are purged.
 */
class ExactOwner implements Processor<String, Candidate, String, Routed> {

    private final Expiry expiry;
    private ProcessorContext<String, Routed> context;
    private KeyValueStore<String, FirstSeen> seen;

    ExactOwner(Expiry expiry) {
        this.expiry = expiry;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
        this.seen = context.getStateStore(DedupTopology.SEEN_PASSAGES_STORE);
        expiry.schedule(context, seen, FirstSeen::seenAt);
    }

    @Override
    public void process(Record<String, Candidate> record) {
        Candidate candidate = record.value();
        String releaseId = candidate.passage().releaseId();
        FirstSeen first = seen.get(record.key());
        if (first != null) {
            var match = new BandVerdict.Match(first.passageId(), first.releaseId(), 0);
            context.forward(new Record<>(releaseId, new Routed(null, Gather.candidate(candidate, true, match)),
                    record.timestamp()));
            return;
        }
        seen.put(record.key(), new FirstSeen(candidate.passage().passageId(), releaseId,
                candidate.passage().revision(), candidate.passage().position(), candidate.order()));
        boolean nearMatching = candidate.words() >= NearDuplicates.MIN_WORDS;
        context.forward(new Record<>(releaseId, new Routed(null, Gather.candidate(candidate, !nearMatching, null)),
                record.timestamp()));
        if (nearMatching) {
            IndexEntry probe = candidate.toEntry();
            List<String> keys = Bands.keys(probe.simhash());
            for (int band = 0; band < keys.size(); band++) {
                context.forward(new Record<>(keys.get(band), new Routed(new BandProbe(probe, band), null),
                        record.timestamp()));
            }
        }
    }
}
