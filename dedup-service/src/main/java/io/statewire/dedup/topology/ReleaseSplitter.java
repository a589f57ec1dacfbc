package io.statewire.dedup.topology;

import io.statewire.contracts.PipelineHeaders;
import io.statewire.contracts.PressRelease;
import io.statewire.dedup.text.PassageSplitter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Consumes readable releases and produces a candidate for each passage that is not boilerplate, keyed by its exact
 * fingerprint, with the release record's time as its stream order and the release's fetch time (the record's
 * {@link PipelineHeaders#FETCHED_AT} header, else the release's {@code fetchedAt}). Counts the boilerplate dropped.
 */
class ReleaseSplitter implements Processor<String, DecodedRelease, String, Candidate> {

    private final PassageSplitter splitter;
    private final DedupCounters counters;
    private ProcessorContext<String, Candidate> context;

    ReleaseSplitter(PassageSplitter splitter, DedupCounters counters) {
        this.splitter = splitter;
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<String, Candidate> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, DecodedRelease> record) {
        PressRelease release = record.value().release();
        PassageSplitter.Split split = splitter.split(release);
        counters.passages(DedupCounters.Verdict.BOILERPLATE, split.boilerplate());
        String fetchedAt = fetchedAt(record, release);
        List<PassageSplitter.Piece> pieces = split.pieces();
        for (PassageSplitter.Piece piece : pieces) {
            Candidate candidate = new Candidate(piece.passage(), piece.words(), record.timestamp(), pieces.size(),
                    fetchedAt);
            context.forward(new Record<>(piece.passage().passageId(), candidate, record.timestamp()));
        }
    }

    private static String fetchedAt(Record<String, DecodedRelease> record, PressRelease release) {
        Header header = record.headers().lastHeader(PipelineHeaders.FETCHED_AT);
        return header == null || header.value() == null ? release.fetchedAt()
                : new String(header.value(), StandardCharsets.UTF_8);
    }
}
