package io.statewire.dedup.topology;

import io.statewire.contracts.Passage;
import io.statewire.contracts.PassageRepeat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Consumes band verdicts keyed by release id and gathers them per release revision until every passage has the
 * verdicts of all its bands; then produces the passages in release order, each as unique or as a repeat. Records
 * the first sighting of each unique passage and the counts behind {@code /stats}.
 */
class ReleaseAssembler implements Processor<String, BandVerdict, String, Outcome> {

    private final Duration retention;
    private final Duration purgeInterval;
    private ProcessorContext<String, Outcome> context;
    private KeyValueStore<String, PendingRelease> pending;
    private KeyValueStore<String, FirstSeen> seen;
    private DedupStats stats;

    ReleaseAssembler(Duration retention, Duration purgeInterval) {
        this.retention = retention;
        this.purgeInterval = purgeInterval;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.pending = context.getStateStore(DedupTopology.PENDING_RELEASES_STORE);
        this.seen = context.getStateStore(DedupTopology.SEEN_PASSAGES_STORE);
        this.stats = new DedupStats(context.getStateStore(DedupTopology.STATS_STORE), context.taskId().partition());
        context.schedule(purgeInterval, PunctuationType.WALL_CLOCK_TIME, this::purge);
    }

    @Override
    public void process(Record<String, BandVerdict> record) {
        Candidate candidate = record.value().candidate();
        String key = candidate.passage().releaseId() + "#" + candidate.passage().revision();
        PendingRelease release = pending.get(key);
        if (release == null) {
            release = PendingRelease.empty(candidate.releasePassages());
        }
        release.with(record.value());
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
            seen.putIfAbsent(passage.passageId(), new FirstSeen(passage.passageId(), passage.releaseId(),
                    passage.revision(), passage.position(), gathered.candidate().order()));
            return new Outcome(passage, null);
        }
        boolean exact = match.passageId().equals(passage.passageId());
        stats.add(exact ? DedupStats.EXACT_REPEATS : DedupStats.NEAR_REPEATS, 1);
        return new Outcome(null, new PassageRepeat(PassageRepeat.SCHEMA, passage.passageId(), passage.releaseId(),
                passage.revision(), passage.position(), passage.text(), match.passageId(), match.releaseId(),
                match.distance() == 0 || exact ? 0 : match.distance(), exact ? "exact" : "near", passage.source(),
                passage.url()));
    }

    private void purge(long now) {
        long oldest = Instant.ofEpochMilli(now).minus(retention).toEpochMilli();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, FirstSeen> all = seen.all()) {
            while (all.hasNext()) {
                KeyValue<String, FirstSeen> entry = all.next();
                if (entry.value.seenAt() < oldest) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(seen::delete);
    }
}
