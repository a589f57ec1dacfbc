package io.statewire.dedup.topology;

import io.statewire.contracts.Passage;
import io.statewire.contracts.PassageRepeat;

/** The decision for one passage: published as {@code unique}, or held back as a {@code repeat}. */
record Outcome(Passage unique, PassageRepeat repeat) {

    boolean isUnique() {
        return unique != null;
    }
}
