package io.statewire.dedup.topology;

/**
 * What the topology counts as it decides: passages by verdict and dead letters by reason. The topology calls it
 * from its stream threads; an implementation must be thread-safe. Under exactly-once a task that fails and is
 * retried processes its records again, so counts can run ahead of what was committed.
 */
public interface DedupCounters {

    /** Counts nothing: for tests and benchmarks that do not look at the counts. */
    DedupCounters NONE = new DedupCounters() {
        @Override
        public void passages(Verdict verdict, int count) {
        }

        @Override
        public void deadLetter(String reason) {
        }
    };

    /** What became of a passage: published, an exact or near repeat, or dropped as boilerplate. */
    enum Verdict {
        UNIQUE("unique"), EXACT("exact"), NEAR("near"), BOILERPLATE("boilerplate");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    void passages(Verdict verdict, int count);

    /** A release record that went to the dead-letter topic, with a short reason such as {@code malformed-json}. */
    void deadLetter(String reason);
}
