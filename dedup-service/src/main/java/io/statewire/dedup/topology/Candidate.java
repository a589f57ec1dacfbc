package io.statewire.dedup.topology;

import io.statewire.contracts.Passage;

/**
 * A passage on its way through deduplication: {@code order} is the time of the release record, which with the
 * release id, revision and position orders all passages of the stream; {@code releasePassages} is how many
 * passages its release revision has, so the assembler knows when all are settled; {@code fetchedAt} is when
 * ingest-service fetched the release (ISO-8601), passed on as a header of the published passage.
 */
record Candidate(Passage passage, int words, long order, int releasePassages, String fetchedAt) {

    long simhash() {
        return Long.parseUnsignedLong(passage.simhash(), 16);
    }

    IndexEntry toEntry() {
        return new IndexEntry(passage.passageId(), passage.releaseId(), passage.revision(), passage.position(), order,
                simhash(), words);
    }
}
