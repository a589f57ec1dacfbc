package io.statewire.contracts;

import java.util.List;

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

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    /** The topics every deployment creates up front (per-topic statement streams are created by classify-service). */
    public static final List<String> PIPELINE = List.of(
            RELEASES, deadLetter(RELEASES), PASSAGES, deadLetter(PASSAGES), PASSAGE_REPEATS, STATEMENTS);

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
