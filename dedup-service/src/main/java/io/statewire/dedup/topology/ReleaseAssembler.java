package io.statewire.dedup.topology;

import io.statewire.contracts.Passage;
import io.statewire.contracts.PassageRepeat;
import io.statewire.contracts.PipelineHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Consumes candidates and band verdicts keyed by release id and gathers them per passage, under
 * {@code <releaseId>#<revision>#<position>}, until every passage of the release revision is settled (a settled
 * candidate, or a candidate with the verdicts of all its bands); then produces the passages in release order, each
 * as unique or as a repeat with the release's fetch time as the {@link PipelineHeaders#FETCHED_AT} header, and
 * counts them for {@code /stats} and the metrics.
 */
class ReleaseAssembler implements Processor<String, Gather, String, Outcome> {

    private static final StringSerializer KEYS = new StringSerializer();
    private static final Logger LOG = Logger.getLogger(ReleaseAssembler.class);
    private final DedupCounters counters;
    private ProcessorContext<String, Outcome> context;
    private KeyValueStore<String, PendingRelease> releases;
    private KeyValueStore<String, PendingRelease.Gathered> passages;
    private DedupStats stats;

    ReleaseAssembler(DedupCounters counters) {
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.releases = context.getStateStore(DedupTopology.PENDING_RELEASES_STORE);
        this.passages = context.getStateStore(DedupTopology.PENDING_PASSAGES_STORE);
        this.stats = new DedupStats(context.getStateStore(DedupTopology.STATS_STORE), context.taskId().partition());
    }

    @Override
    public void process(Record<String, Gather> record) {
        Gather item = record.value();
        String releaseKey = record.key() + "#" + item.revision() + "#";
        String passageKey = releaseKey + String.format("%06d", item.position());
        PendingRelease.Gathered before = passages.get(passageKey);
        PendingRelease.Gathered after = (before == null ? PendingRelease.Gathered.NOTHING : before).with(item);
        passages.put(passageKey, after);

        PendingRelease release = releases.get(releaseKey);
        release = release == null ? PendingRelease.NONE : release;
        release = new PendingRelease(item.candidate() != null ? item.candidate().releasePassages() : release.expected(),
                release.settled() + (after.settled() && (before == null || !before.settled()) ? 1 : 0));
        if (!release.complete()) {
            releases.put(releaseKey, release);
            return;
        }
        releases.delete(releaseKey);
        List<String> done = new ArrayList<>();
        int unique = 0;
        try (KeyValueIterator<String, PendingRelease.Gathered> inOrder = passages.prefixScan(releaseKey, KEYS)) {
            while (inOrder.hasNext()) {
                KeyValue<String, PendingRelease.Gathered> passage = inOrder.next();
                done.add(passage.key);
                Outcome outcome = decide(passage.value);
                unique += outcome.isUnique() ? 1 : 0;
                context.forward(new Record<>(record.key(), outcome, record.timestamp(),
                        headers(passage.value.candidate())));
            }
        }
        done.forEach(passages::delete);
        logDone(record.key(), item.revision(), unique, done.size() - unique);
    }

    private static Headers headers(Candidate candidate) {
        Headers headers = new RecordHeaders();
        if (candidate.fetchedAt() != null) {
            headers.add(PipelineHeaders.FETCHED_AT, candidate.fetchedAt().getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static void logDone(String releaseId, int revision, int unique, int repeats) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        MDC.put("releaseId", releaseId);
        try {
            LOG.debugf("release %s revision %d: %d new passages, %d repeats", releaseId, revision, unique, repeats);
        } finally {
            MDC.remove("releaseId");
        }
    }

    private Outcome decide(PendingRelease.Gathered gathered) {
        Passage passage = gathered.candidate().passage();
        BandVerdict.Match match = gathered.best();
        stats.add(DedupStats.SEEN, 1);
        if (match == null) {
            stats.add(DedupStats.UNIQUE, 1);
            counters.passages(DedupCounters.Verdict.UNIQUE, 1);
            return new Outcome(passage, null);
        }
        boolean exact = match.distance() == 0 && match.passageId().equals(passage.passageId());
        stats.add(exact ? DedupStats.EXACT_REPEATS : DedupStats.NEAR_REPEATS, 1);
        counters.passages(exact ? DedupCounters.Verdict.EXACT : DedupCounters.Verdict.NEAR, 1);
        return new Outcome(null, new PassageRepeat(PassageRepeat.SCHEMA, passage.passageId(), passage.releaseId(),
                passage.revision(), passage.position(), passage.text(), match.passageId(), match.releaseId(),
                match.distance(), exact ? "exact" : "near", passage.source(),
                passage.url()));
    }
}
