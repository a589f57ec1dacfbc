package io.statewire.dedup.topology;

import io.statewire.dedup.text.Fingerprints;
import io.statewire.dedup.text.NearDuplicates;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Consumes band probes of new texts keyed by band value and produces one verdict per probe, keyed by release id.
 * The band index store holds, under {@code <band key>|<passageId>}, the new texts seen with that band value; a
 * probe looks up the entries under its band value that came before it in stream order and are near duplicates
 * ({@link NearDuplicates}), and is added to the index when none is. Entries older than the retention are purged on
 * a wall-clock schedule.
 */
class BandMatcher implements Processor<String, BandProbe, String, Gather> {

    private static final StringSerializer KEYS = new StringSerializer();
    private final Expiry expiry;
    private ProcessorContext<String, Gather> context;
    private KeyValueStore<String, IndexEntry> index;

    BandMatcher(Expiry expiry) {
        this.expiry = expiry;
    }

    @Override
    public void init(ProcessorContext<String, Gather> context) {
        this.context = context;
        this.index = context.getStateStore(DedupTopology.BAND_INDEX_STORE);
        expiry.schedule(context, index, IndexEntry::order);
    }

    @Override
    public void process(Record<String, BandProbe> record) {
        IndexEntry probe = record.value().probe();
        long simhash = probe.simhash();
        BandVerdict.Match best = null;
        try (KeyValueIterator<String, IndexEntry> entries = index.prefixScan(record.key() + "|", KEYS)) {
            while (entries.hasNext()) {
                IndexEntry entry = entries.next().value;
                if (!probe.isAfter(entry) || !NearDuplicates.match(entry.passageId(), entry.simhash(),
                        entry.words(), probe.passageId(), simhash, probe.words())) {
                    continue;
                }
                int distance = Fingerprints.hammingDistance(entry.simhash(), simhash);
                if (best == null || distance < best.distance()) {
                    best = new BandVerdict.Match(entry.passageId(), entry.releaseId(), distance);
                }
            }
        }
        if (best == null) {
            index.put(record.key() + "|" + probe.passageId(), probe);
        }
        context.forward(new Record<>(probe.releaseId(),
                Gather.band(new BandVerdict(probe, record.value().band(), best)), record.timestamp()));
    }

}
