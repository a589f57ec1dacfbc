package io.statewire.dedup.topology;

import io.statewire.dedup.text.Fingerprints;
import io.statewire.dedup.text.NearDuplicates;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Consumes band probes of new texts keyed by band value and produces one verdict per probe, keyed by release id.
 * The band index store holds, under {@code <band key>|<SimHash>|<passageId>}, the new texts seen with that band
 * value as JSON bytes; a probe looks up the entries under its band value that came before it in stream order and
 * are near duplicates ({@link NearDuplicates}), and is added to the index when none is. The SimHash in the key
 * rules out most entries without reading their value, so a probe costs little more however many texts share its
 * band value (keys written before the SimHash was part of them are judged by their value). Entries older than the
 * retention are purged on a wall-clock schedule.
 */
class BandMatcher implements Processor<String, BandProbe, String, Gather> {

    private static final StringSerializer KEYS = new StringSerializer();
    private static final Serializer<IndexEntry> WRITE = new InternalJsonSerde<>(IndexEntry.class).serializer();
    private static final Deserializer<IndexEntry> READ = new InternalJsonSerde<>(IndexEntry.class).deserializer();
    /** Hex digits of a SimHash in a key. */
    private static final int SIMHASH_DIGITS = 16;
    private final Expiry expiry;
    private ProcessorContext<String, Gather> context;
    private KeyValueStore<String, byte[]> index;

    BandMatcher(Expiry expiry) {
        this.expiry = expiry;
    }

    @Override
    public void init(ProcessorContext<String, Gather> context) {
        this.context = context;
        this.index = context.getStateStore(DedupTopology.BAND_INDEX_STORE);
        expiry.schedule(context, index, value -> read(value).order());
    }

    @Override
    public void process(Record<String, BandProbe> record) {
        IndexEntry probe = record.value().probe();
        long simhash = probe.simhash();
        String prefix = record.key() + "|";
        BandVerdict.Match best = null;
        try (KeyValueIterator<String, byte[]> entries = index.prefixScan(prefix, KEYS)) {
            while (entries.hasNext()) {
                KeyValue<String, byte[]> stored = entries.next();
                if (!mayBeNear(stored.key, prefix.length(), simhash)) {
                    continue;
                }
                IndexEntry entry = read(stored.value);
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
            index.put(prefix + Fingerprints.hex(simhash) + "|" + probe.passageId(), WRITE.serialize(null, probe));
        }
        context.forward(new Record<>(probe.releaseId(),
                Gather.band(new BandVerdict(probe, record.value().band(), best)), record.timestamp()));
    }

    /** False when the SimHash in the key is too far from {@code simhash}; true for keys without one. */
    static boolean mayBeNear(String key, int from, long simhash) {
        int to = from + SIMHASH_DIGITS;
        if (key.length() <= to || key.charAt(to) != '|') {
            return true;
        }
        long stored = Long.parseUnsignedLong(key, from, to, 16);
        return Fingerprints.hammingDistance(stored, simhash) <= NearDuplicates.MAX_DISTANCE;
    }

    private static IndexEntry read(byte[] value) {
        return READ.deserialize(DedupTopology.BAND_INDEX_STORE, value);
    }
}
