package io.statewire.dedup.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.IndexType;
import org.rocksdb.Options;

/** The setter on real RocksDB options, as Kafka Streams hands them to it for each store. */
class BoundedRocksDbConfigTest {

    private static final Map<String, Object> SETTINGS = Map.of(
            RocksDbMemory.TOTAL, "48m", RocksDbMemory.WRITE_BUFFERS, "12m");

    @Test
    void everyStoreReadsThroughTheSharedCacheWithIndexAndFiltersInIt() {
        var setter = new BoundedRocksDbConfig();
        try (Options options = optionsAsKafkaStreamsMakesThem()) {
            setter.setConfig("seen-passages", options, SETTINGS);

            assertThat(options.writeBufferSize()).isEqualTo(6L << 20);
            assertThat(options.maxWriteBufferNumber()).isEqualTo(2);
            var table = (BlockBasedTableConfig) options.tableFormatConfig();
            assertThat(table.cacheIndexAndFilterBlocks()).isTrue();
            assertThat(table.cacheIndexAndFilterBlocksWithHighPriority()).isTrue();
            assertThat(table.pinTopLevelIndexAndFilter()).isTrue();
            assertThat(table.indexType()).isEqualTo(IndexType.kTwoLevelIndexSearch);
            assertThat(table.partitionFilters()).isTrue();
            setter.close("seen-passages", options);
        }
    }

    @Test
    void storesShareOneCacheAndWriteBufferManagerThatOutliveEachStore() {
        var memory = RocksDbMemory.from(SETTINGS);
        var first = new BoundedRocksDbConfig();
        var second = new BoundedRocksDbConfig();
        try (Options one = optionsAsKafkaStreamsMakesThem(); Options two = optionsAsKafkaStreamsMakesThem()) {
            first.setConfig("band-index", one, SETTINGS);
            second.setConfig("dedup-stats", two, SETTINGS);
            first.close("band-index", one);
        }
        SharedRocksDbMemory shared = SharedRocksDbMemory.of(memory);
        assertThat(SharedRocksDbMemory.of(RocksDbMemory.from(SETTINGS))).isSameAs(shared);
        assertThat(shared.cache().isOwningHandle()).as("closing a store leaves the shared cache open").isTrue();
        assertThat(shared.writeBufferManager().isOwningHandle()).isTrue();
        assertThat(SharedRocksDbMemory.of(new RocksDbMemory(32L << 20, 8L << 20))).isNotSameAs(shared);
    }

    @Test
    void aWrongSettingFailsTheStoreNamingTheSetting() {
        try (Options options = optionsAsKafkaStreamsMakesThem()) {
            assertThatThrownBy(() -> new BoundedRocksDbConfig().setConfig("seen-passages", options,
                    Map.of(RocksDbMemory.TOTAL, "64 apples", RocksDbMemory.WRITE_BUFFERS, "16m")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("statewire.dedup.rocksdb.memory=64 apples is not a size");
        }
    }

    private static Options optionsAsKafkaStreamsMakesThem() {
        var options = new Options();
        options.setTableFormatConfig(new BlockBasedTableConfig());
        return options;
    }
}
