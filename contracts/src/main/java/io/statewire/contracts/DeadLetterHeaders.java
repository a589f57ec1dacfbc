package io.statewire.contracts;

/**
 * Header names on dead-letter records. They match the names SmallRye Reactive Messaging writes, so every
 * dead-letter topic of the pipeline reads the same whichever service wrote it.
 */
public final class DeadLetterHeaders {

    /** Why the record could not be processed, one line. */
    public static final String REASON = "dead-letter-reason";
    /** The exception class and message behind the reason, when there was one. */
    public static final String CAUSE = "dead-letter-cause";
    /** Topic the record was read from. */
    public static final String TOPIC = "dead-letter-topic";
    /** Partition the record was read from. */
    public static final String PARTITION = "dead-letter-partition";
    /** Offset the record was read from. */
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetterHeaders() {
    }
}
