package io.statewire.dedup.topology;

import io.statewire.dedup.text.PassageSplitter;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Consumes readable releases and produces a candidate for each passage that is not boilerplate, keyed by its exact
 * fingerprint, with the release record's time as its stream order.
 */
class ReleaseSplitter implements Processor<String, DecodedRelease, String, Candidate> {

    private final PassageSplitter splitter;
    private ProcessorContext<String, Candidate> context;

    ReleaseSplitter(PassageSplitter splitter) {
        this.splitter = splitter;
    }

    @Override
    public void init(ProcessorContext<String, Candidate> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, DecodedRelease> record) {
        List<PassageSplitter.Piece> pieces = splitter.split(record.value().release()).pieces();
        for (PassageSplitter.Piece piece : pieces) {
            Candidate candidate = new Candidate(piece.passage(), piece.words(), record.timestamp(), pieces.size());
            context.forward(new Record<>(piece.passage().passageId(), candidate, record.timestamp()));
        }
    }
}
