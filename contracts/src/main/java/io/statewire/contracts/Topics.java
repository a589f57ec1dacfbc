package io.statewire.contracts;

import java.util.List;
import java.util.Map;

/** Kafka topic names of the pipeline. Every service and test names topics through this class. */
public final class Topics {

    /** Releases as scraped, keyed by {@code releaseId} (contract {@code press-release/1}). */
    public static final String RELEASES = "press.releases";
    /** Passages not seen before, keyed by {@code releaseId} (contract {@code passage/1}). */
    public static final String PASSAGES = "press.passages";
    /** Passages dropped as repeats, with what they repeat, for audit (contract {@code passage-repeat/1}). */
    public static final String PASSAGE_REPEATS = "press.passages.repeats";
    /** Tagged statements, keyed by {@code releaseId} (contract {@code statement/1}). */
    public static final String STATEMENTS = "press.statements";

    /** ingest-service's memory of every release it published (compacted), keyed by {@code releaseId}. */
    public static final String INGEST_STATE = "ingest.release-state";

    /**
     * classify-service's memory of the transcript turns (who speaks from which passage) of every release
     * (compacted, 90 days), keyed by {@code releaseId}; partition {@code p} holds the releases of partition
     * {@code p} of {@link #PASSAGES}.
     */
    public static final String CLASSIFY_TURNS = "classify.speaker-turns";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    /** The topics every deployment creates up front (per-topic statement streams are created by classify-service). */
    public static final List<String> PIPELINE = List.of(
            RELEASES, deadLetter(RELEASES), PASSAGES, deadLetter(PASSAGES), PASSAGE_REPEATS, STATEMENTS, INGEST_STATE,
            CLASSIFY_TURNS);

    /**
     * Topic settings that differ from the broker's defaults. ingest's release state is kept for good; classify's
     * speaker turns are kept 90 days after a release's last turn change (a release revised later than that gets
     * its title's speaker again), so that topic and the memory it is loaded into stop growing.
     */
    public static Map<String, String> configOf(String topic) {
        if (INGEST_STATE.equals(topic)) {
            return Map.of("cleanup.policy", "compact");
        }
        if (CLASSIFY_TURNS.equals(topic)) {
            return Map.of("cleanup.policy", "compact,delete", "retention.ms", Long.toString(90L * 24 * 3600 * 1000));
        }
        return Map.of();
    }

    private Topics() {
    }

    /** The per-topic statement stream, e.g. {@code press.statements.energy}. */
    public static String statementsFor(String topicCode) {
        if (topicCode == null || !topicCode.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("topic code must be lower-case letters, digits and dashes: " + topicCode);
        }
        return STATEMENTS + "." + topicCode;
    }

    /** The dead-letter topic that receives unreadable records of {@code topic}. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
