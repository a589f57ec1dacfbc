package io.statewire.dedup.rocksdb;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;

/**
 * The RocksDB objects that every state store of the process shares for one {@link RocksDbMemory} budget: an LRU
 * block cache of the whole budget and a write buffer manager that charges the memtables of all stores to that
 * cache. Made once per budget and kept for the life of the process: stores are closed and opened again as tasks
 * move between instances, so no single store may close them.
 */
final class SharedRocksDbMemory {

    private static final Logger LOG = Logger.getLogger(SharedRocksDbMemory.class);
    private static final Map<RocksDbMemory, SharedRocksDbMemory> BY_BUDGET = new ConcurrentHashMap<>();

    private final Cache cache;
    private final WriteBufferManager writeBufferManager;

    private SharedRocksDbMemory(RocksDbMemory memory) {
        RocksDB.loadLibrary();
        this.cache = new LRUCache(memory.total(), -1, false, RocksDbMemory.INDEX_AND_FILTER_SHARE);
        this.writeBufferManager = new WriteBufferManager(memory.writeBuffers(), cache);
        LOG.infof("RocksDB memory bounded: %s", memory);
    }

    /** The shared cache and write buffer manager of {@code memory}, made on first use. */
    static SharedRocksDbMemory of(RocksDbMemory memory) {
        return BY_BUDGET.computeIfAbsent(memory, SharedRocksDbMemory::new);
    }

    Cache cache() {
        return cache;
    }

    WriteBufferManager writeBufferManager() {
        return writeBufferManager;
    }
}
