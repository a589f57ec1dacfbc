package io.statewire.dedup.rocksdb;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.IndexType;
import org.rocksdb.Options;

/**
 * Bounds the memory of every RocksDB state store of the instance together (Kafka Streams'
 * {@code rocksdb.config.setter}): each store reads through the one shared block cache of the
 * {@link RocksDbMemory} budget from the Streams settings, keeps its index and filter blocks in that cache (the
 * top level pinned, the rest partitioned and evictable), and has its memtables charged to the cache through the
 * shared write buffer manager, two memtables per store at most. Without it each store has its own 50 MiB cache and
 * up to three 16 MiB memtables, so memory grows with every store and task; {@value RocksDbMemory#BOUNDED}
 * {@code false} keeps those defaults.
 */
public class BoundedRocksDbConfig implements RocksDBConfigSetter {

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        RocksDbMemory memory = RocksDbMemory.from(configs);
        if (!RocksDbMemory.bounded(configs)) {
            return;
        }
        SharedRocksDbMemory shared = SharedRocksDbMemory.of(memory);

        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(shared.cache());
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setIndexType(IndexType.kTwoLevelIndexSearch);
        table.setPartitionFilters(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);

        options.setWriteBufferManager(shared.writeBufferManager());
        options.setWriteBufferSize(memory.memtableSize());
        options.setMaxWriteBufferNumber(RocksDbMemory.MEMTABLES_PER_STORE);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and the write buffer manager are shared by every store and outlive each one (SharedRocksDbMemory);
        // this setter makes nothing else that a store would own
    }
}
