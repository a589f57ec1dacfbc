package io.statewire.dedup.topology;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.Passage;
import io.statewire.contracts.PassageRepeat;
import io.statewire.contracts.PipelineHeaders;
import io.statewire.contracts.PressRelease;
import io.statewire.dedup.text.ContentWords;
import io.statewire.dedup.text.MinHashBands;
import io.statewire.dedup.text.NearCopies;
import io.statewire.dedup.text.PassageSplitter;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.jboss.logging.Logger;

/**
 * Consumes releases keyed by their {@link DedupScope} key (raw {@code press-release/1} JSON, already validated)
 * and produces, for each passage in release order and keyed by release id, an {@link Outcome}: unique, or a
 * repeat of an earlier passage of its scope, exact or near ({@link PassageIndex}). A unique passage joins the index
 * at once, so the same text twice on one page, or a near copy further down, is a repeat of the first. Each
 * outcome carries the release's fetch time as the {@link PipelineHeaders#FETCHED_AT} header. Passages first seen
 * longer ago than the retention are expired on a wall-clock schedule. Counts go to the metrics and, per task, to
 * the stats store for {@code /stats}.
 */
class ScopeDeduplicator implements Processor<String, byte[], String, Outcome> {

    private static final Logger LOG = Logger.getLogger(ScopeDeduplicator.class);
    private final PassageSplitter splitter;
    private final Expiry expiry;
    private final DedupCounters counters;
    private ProcessorContext<String, Outcome> context;
    private PassageIndex index;
    private DedupStats stats;

    ScopeDeduplicator(PassageSplitter splitter, Expiry expiry, DedupCounters counters) {
        this.splitter = splitter;
        this.expiry = expiry;
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.index = new PassageIndex(context.getStateStore(DedupTopology.PASSAGES_STORE),
                context.getStateStore(DedupTopology.BANDS_STORE), context.getStateStore(DedupTopology.EXPIRY_STORE));
        this.stats = new DedupStats(context.getStateStore(DedupTopology.STATS_STORE), context.taskId().partition());
        long version = stats.get(DedupStats.SEEN);
        if (!index.isSynced(version)) {
            long start = System.nanoTime();
            int passages = index.rebuild(version);
            if (passages > 0) {
                LOG.infof("task %s: rebuilt the local passage index from %d stored passages in %d ms", context.taskId(),
                        passages, (System.nanoTime() - start) / 1_000_000);
            }
        }
        context.schedule(expiry.purgeInterval(), PunctuationType.WALL_CLOCK_TIME,
                now -> index.expire(now - expiry.retention().toMillis()));
    }

    @Override
    public void process(Record<String, byte[]> record) {
        PressRelease release = EventJson.read(record.value(), PressRelease.class);
        PassageSplitter.Split split = splitter.split(release);
        counters.passages(DedupCounters.Verdict.BOILERPLATE, split.boilerplate());
        Headers headers = headers(record, release);
        int unique = 0;
        int exact = 0;
        for (Passage passage : split.passages()) {
            ContentWords words = ContentWords.of(passage.text());
            int[] bands = words.size() < NearCopies.MIN_WORDS ? new int[0] : MinHashBands.of(words.shingles());
            PassageIndex.Lookup lookup = index.find(record.key(), passage.passageId(), words, bands);
            PassageIndex.Match match = lookup.match();
            Outcome outcome;
            if (match == null) {
                index.add(record.key(), new IndexedPassage(passage.passageId(), passage.releaseId(),
                        passage.revision(), passage.position(), record.timestamp(), words.hashes(), bands), lookup);
                outcome = new Outcome(passage, null);
                unique++;
            } else {
                outcome = new Outcome(null, repeat(passage, match));
                exact += match.exact() ? 1 : 0;
            }
            context.forward(new Record<>(release.releaseId(), outcome, record.timestamp(), headers));
        }
        int seen = split.passages().size();
        counters.passages(DedupCounters.Verdict.UNIQUE, unique);
        counters.passages(DedupCounters.Verdict.EXACT, exact);
        counters.passages(DedupCounters.Verdict.NEAR, seen - unique - exact);
        if (seen > 0) {
            long version = stats.add(record.key(), seen, unique, exact, seen - unique - exact);
            index.synced(version);
        }
    }

    private static PassageRepeat repeat(Passage passage, PassageIndex.Match match) {
        IndexedPassage earlier = match.earlier();
        return new PassageRepeat(PassageRepeat.SCHEMA, passage.passageId(), passage.releaseId(), passage.revision(),
                passage.position(), passage.text(), earlier.passageId(), earlier.releaseId(),
                Math.round(match.similarity() * 1000) / 1000.0, match.exact() ? "exact" : "near", passage.source(),
                passage.url());
    }

    private static Headers headers(Record<String, byte[]> record, PressRelease release) {
        Header header = record.headers().lastHeader(PipelineHeaders.FETCHED_AT);
        String fetchedAt = header == null || header.value() == null ? release.fetchedAt()
                : new String(header.value(), StandardCharsets.UTF_8);
        Headers headers = new RecordHeaders();
        if (fetchedAt != null) {
            headers.add(PipelineHeaders.FETCHED_AT, fetchedAt.getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }
}
