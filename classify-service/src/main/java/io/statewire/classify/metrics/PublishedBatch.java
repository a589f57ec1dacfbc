package io.statewire.classify.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one batch of passages published: statements with their topic codes and the fetch time of their release
 * (when the passage carried it), dead letters by reason, and the time spent classifying. Filled while the batch's
 * transaction is built and counted by {@link ClassifyMetrics} only once it committed, so an aborted batch that is
 * read again counts once.
 */
public final class PublishedBatch {

    private int statements;
    private final Map<String, Integer> topics = new LinkedHashMap<>();
    private final Map<String, Integer> deadLetters = new LinkedHashMap<>();
    private final List<Instant> fetchTimes = new ArrayList<>();
    private long classifyingNanos;

    public void statement(List<String> topicCodes, Optional<Instant> fetchedAt) {
        statements++;
        topicCodes.forEach(code -> topics.merge(code, 1, Integer::sum));
        fetchedAt.ifPresent(fetchTimes::add);
    }

    /** Adds the time the classifier took over one passage. */
    public void classified(long nanos) {
        classifyingNanos += nanos;
    }

    public void deadLetter(String reason) {
        deadLetters.merge(reason, 1, Integer::sum);
    }

    public int statements() {
        return statements;
    }

    /** Statements per topic code. */
    public Map<String, Integer> topics() {
        return topics;
    }

    /** Dead letters per reason. */
    public Map<String, Integer> deadLetters() {
        return deadLetters;
    }

    /** The time the classifier took over the batch's passages, in nanoseconds. */
    public long classifyingNanos() {
        return classifyingNanos;
    }

    /** The fetch times of the statements' releases, for those that had one. */
    public List<Instant> fetchTimes() {
        return fetchTimes;
    }
}
