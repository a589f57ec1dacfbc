package io.statewire.dedup.rocksdb;

import java.util.Map;

/**
 * The memory that RocksDB may take in one dedup-service instance, for all its state stores together (every store
 * of every task, active or standby): one block cache of {@code total} bytes holding data blocks, index and filter
 * blocks and, charged against it, the stores' memtables (write buffers), of which there may be
 * {@code writeBuffers} bytes at most before RocksDB flushes them. Read from the settings
 * {@value #TOTAL} and {@value #WRITE_BUFFERS}, which Kafka Streams hands to the {@link BoundedRocksDbConfig}.
 *
 * @param total bytes of the shared block cache, memtables included
 * @param writeBuffers bytes of memtables in all stores together, at most half of {@code total}
 */
public record RocksDbMemory(long total, long writeBuffers) {

    public static final String TOTAL = "statewire.dedup.rocksdb.memory";
    public static final String WRITE_BUFFERS = "statewire.dedup.rocksdb.write-buffer-memory";
    /** {@code false} leaves every store with Kafka Streams' own RocksDB settings, unbounded, for comparison. */
    public static final String BOUNDED = "statewire.dedup.rocksdb.bounded";

    /** Memtables per store: one being written while the other is flushed. */
    public static final int MEMTABLES_PER_STORE = 2;

    /** Share of the cache kept for index and filter blocks (RocksDB's high-priority pool). */
    public static final double INDEX_AND_FILTER_SHARE = 0.1;

    static final long MIN_TOTAL = 8L << 20;
    static final long MIN_WRITE_BUFFERS = 1L << 20;

    public RocksDbMemory {
        if (total < MIN_TOTAL) {
            throw new IllegalArgumentException(TOTAL + " is " + ByteSize.mib(total) + ": give at least "
                    + ByteSize.mib(MIN_TOTAL));
        }
        if (writeBuffers < MIN_WRITE_BUFFERS) {
            throw new IllegalArgumentException(WRITE_BUFFERS + " is " + ByteSize.mib(writeBuffers)
                    + ": give at least " + ByteSize.mib(MIN_WRITE_BUFFERS));
        }
        if (writeBuffers > total / 2) {
            throw new IllegalArgumentException(WRITE_BUFFERS + " (" + ByteSize.mib(writeBuffers) + ") is more than half of "
                    + TOTAL + " (" + ByteSize.mib(total) + "): the memtables are charged to that cache and would leave "
                    + "too little for reading");
        }
    }

    /** The budget the settings {@value #TOTAL} and {@value #WRITE_BUFFERS} in {@code settings} give. */
    public static RocksDbMemory from(Map<String, ?> settings) {
        return new RocksDbMemory(size(settings, TOTAL), size(settings, WRITE_BUFFERS));
    }

    /** Whether {@value #BOUNDED} in {@code settings} asks for the bound: {@code true} (also when unset) or {@code false}. */
    public static boolean bounded(Map<String, ?> settings) {
        Object value = settings.get(BOUNDED);
        String text = value == null ? "true" : value.toString().trim();
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException(BOUNDED + "=" + value + ": give true or false");
        }
        return text.equals("true");
    }

    /** The size of one memtable of one store; a store alone may fill the whole write-buffer budget. */
    public long memtableSize() {
        return writeBuffers / MEMTABLES_PER_STORE;
    }

    @Override
    public String toString() {
        return ByteSize.mib(total) + " block cache for all stores, memtables included (at most "
                + ByteSize.mib(writeBuffers) + ")";
    }

    private static long size(Map<String, ?> settings, String key) {
        Object value = settings.get(key);
        return ByteSize.parse(key, value == null ? null : value.toString());
    }
}
