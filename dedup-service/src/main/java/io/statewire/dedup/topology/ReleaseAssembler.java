package io.statewire.dedup.topology;

import io.statewire.contracts.Passage;
import io.statewire.contracts.PassageRepeat;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Consumes verdicts keyed by release id and gathers them per release revision until every passage is settled (an
 * exact-repeat verdict, or the verdicts of all its bands); then produces the passages in release order, each as
 * unique or as a repeat, and counts them for {@code /stats}.
 */
class ReleaseAssembler implements Processor<String, Gather, String, Outcome> {

    private ProcessorContext<String, Outcome> context;
    private KeyValueStore<String, PendingRelease> pending;
    private DedupStats stats;

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.pending = context.getStateStore(DedupTopology.PENDING_RELEASES_STORE);
        this.stats = new DedupStats(context.getStateStore(DedupTopology.STATS_STORE), context.taskId().partition());
    }

    @Override
    public void process(Record<String, Gather> record) {
        String key = record.key() + "#" + record.value().revision();
        PendingRelease release = pending.get(key);
        release = (release == null ? PendingRelease.empty() : release).with(record.value());
        if (!release.complete()) {
            pending.put(key, release);
            return;
        }
        pending.delete(key);
        for (PendingRelease.Gathered gathered : release.inOrder().values()) {
            context.forward(new Record<>(record.key(), decide(gathered), record.timestamp()));
        }
    }

    private Outcome decide(PendingRelease.Gathered gathered) {
        Passage passage = gathered.candidate().passage();
        BandVerdict.Match match = gathered.best();
        stats.add(DedupStats.SEEN, 1);
        if (match == null) {
            stats.add(DedupStats.UNIQUE, 1);
            return new Outcome(passage, null);
        }
        boolean exact = match.distance() == 0 && match.passageId().equals(passage.passageId());
        stats.add(exact ? DedupStats.EXACT_REPEATS : DedupStats.NEAR_REPEATS, 1);
        return new Outcome(null, new PassageRepeat(PassageRepeat.SCHEMA, passage.passageId(), passage.releaseId(),
                passage.revision(), passage.position(), passage.text(), match.passageId(), match.releaseId(),
                match.distance(), exact ? "exact" : "near", passage.source(),
                passage.url()));
    }
}
