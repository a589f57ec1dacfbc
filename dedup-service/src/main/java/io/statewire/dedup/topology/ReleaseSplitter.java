package io.statewire.dedup.topology;

import io.statewire.contracts.Passage;
import io.statewire.dedup.text.Bands;
import io.statewire.dedup.text.PassageSplitter;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Consumes readable releases and produces, for each passage that is not boilerplate, one probe per SimHash band,
 * keyed by the band value so that the probe meets every earlier passage sharing that value.
 */
class ReleaseSplitter implements Processor<String, DecodedRelease, String, BandProbe> {

    private final PassageSplitter splitter;
    private ProcessorContext<String, BandProbe> context;

    ReleaseSplitter(PassageSplitter splitter) {
        this.splitter = splitter;
    }

    @Override
    public void init(ProcessorContext<String, BandProbe> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, DecodedRelease> record) {
        List<Passage> passages = splitter.split(record.value().release()).passages();
        for (Passage passage : passages) {
            Candidate candidate = new Candidate(passage, Candidate.words(passage.text()), record.timestamp(),
                    passages.size());
            List<String> keys = Bands.keys(candidate.simhash());
            for (int band = 0; band < keys.size(); band++) {
                context.forward(new Record<>(keys.get(band), new BandProbe(candidate, band), record.timestamp()));
            }
        }
    }
}
