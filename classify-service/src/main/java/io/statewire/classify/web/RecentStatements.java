package io.statewire.classify.web;

import io.statewire.contracts.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The most recent statements, at most {@code capacity} of them, ordered by the time their record was written to
 * Kafka and, among equal times, by arrival. Takes statements with their record timestamp and answers the newest
 * that match a {@link StatementFilter}. Ordering by record time keeps the newest first even when the statements of
 * several partitions are read back in no particular order after a restart. Thread-safe.
 */
final class RecentStatements {

    private record Entry(long timestamp, long arrival, ReadStatement statement) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::timestamp)
            .thenComparingLong(Entry::arrival);

    private final int capacity;
    private final List<Entry> oldestFirst = new ArrayList<>();
    private long arrivals;

    RecentStatements(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Keeps {@code statement}, dropping the oldest one when full; one older than everything kept is dropped itself. */
    synchronized void add(long timestamp, ReadStatement statement) {
        Entry entry = new Entry(timestamp, arrivals++, statement);
        int at = insertionPoint(entry);
        if (oldestFirst.size() == capacity) {
            if (at == 0) {
                return;
            }
            oldestFirst.remove(0);
            at--;
        }
        oldestFirst.add(at, entry);
    }

    /** Up to {@code limit} readable statements that match {@code filter}, newest first. */
    synchronized List<Statement> newest(StatementFilter filter, int limit) {
        List<Statement> found = new ArrayList<>(Math.min(limit, oldestFirst.size()));
        for (int i = oldestFirst.size() - 1; i >= 0 && found.size() < limit; i--) {
            ReadStatement statement = oldestFirst.get(i).statement();
            if (filter.matches(statement)) {
                statement.statement().ifPresent(found::add);
            }
        }
        return found;
    }

    synchronized int size() {
        return oldestFirst.size();
    }

    /** Live statements almost always belong at the end, so the search starts there. */
    private int insertionPoint(Entry entry) {
        int at = oldestFirst.size();
        while (at > 0 && ORDER.compare(oldestFirst.get(at - 1), entry) > 0) {
            at--;
        }
        return at;
    }
}
