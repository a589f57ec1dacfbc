package io.statewire.dedup.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RocksDbMemoryTest {

    @Test
    void readsSizesInBytesAndBinaryUnits() {
        assertThat(ByteSize.parse("k", "1048576")).isEqualTo(1_048_576L);
        assertThat(ByteSize.parse("k", "512k")).isEqualTo(512L * 1024);
        assertThat(ByteSize.parse("k", "64m")).isEqualTo(64L << 20);
        assertThat(ByteSize.parse("k", "64M")).isEqualTo(64L << 20);
        assertThat(ByteSize.parse("k", " 64MiB ")).isEqualTo(64L << 20);
        assertThat(ByteSize.parse("k", "64mb")).isEqualTo(64L << 20);
        assertThat(ByteSize.parse("k", "2g")).isEqualTo(2L << 30);
        assertThat(ByteSize.parse("k", "100b")).isEqualTo(100L);
    }

    @Test
    void refusesWhatIsNoSizeNamingTheSetting() {
        assertThatThrownBy(() -> ByteSize.parse("statewire.dedup.rocksdb.memory", "lots"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("statewire.dedup.rocksdb.memory=lots is not a size");
        assertThatThrownBy(() -> ByteSize.parse("statewire.dedup.rocksdb.memory", "-5m"))
                .hasMessageContaining("is not a size");
        assertThatThrownBy(() -> ByteSize.parse("statewire.dedup.rocksdb.memory", "1.5g"))
                .hasMessageContaining("is not a size");
        assertThatThrownBy(() -> ByteSize.parse("statewire.dedup.rocksdb.memory", "9999999999999g"))
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> ByteSize.parse("statewire.dedup.rocksdb.memory", null))
                .hasMessageContaining("statewire.dedup.rocksdb.memory is not set");
    }

    @Test
    void budgetFromTheStreamsSettingsSplitsTheWriteBuffersIntoTwoMemtablesPerStore() {
        var memory = RocksDbMemory.from(Map.of(RocksDbMemory.TOTAL, "64m", RocksDbMemory.WRITE_BUFFERS, "16m",
                "state.dir", "/tmp/ignored"));
        assertThat(memory.total()).isEqualTo(64L << 20);
        assertThat(memory.writeBuffers()).isEqualTo(16L << 20);
        assertThat(memory.memtableSize()).isEqualTo(8L << 20);
        assertThat(memory.toString()).contains("64.0 MiB").contains("16.0 MiB");
    }

    @Test
    void refusesAMissingSetting() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(RocksDbMemory.TOTAL, "64m");
        assertThatThrownBy(() -> RocksDbMemory.from(settings))
                .hasMessageContaining("statewire.dedup.rocksdb.write-buffer-memory is not set");
    }

    @Test
    void refusesBudgetsTooSmallOrMostlyMemtables() {
        assertThatThrownBy(() -> new RocksDbMemory(4L << 20, 1L << 20))
                .hasMessageContaining("statewire.dedup.rocksdb.memory is 4.0 MiB: give at least 8.0 MiB");
        assertThatThrownBy(() -> new RocksDbMemory(64L << 20, 512L << 10))
                .hasMessageContaining("statewire.dedup.rocksdb.write-buffer-memory is 0.5 MiB");
        assertThatThrownBy(() -> new RocksDbMemory(64L << 20, 40L << 20))
                .hasMessageContaining("more than half of statewire.dedup.rocksdb.memory");
        assertThat(new RocksDbMemory(64L << 20, 32L << 20).memtableSize()).isEqualTo(16L << 20);
    }

    @Test
    void boundedUnlessSwitchedOffInSoManyWords() {
        assertThat(RocksDbMemory.bounded(Map.of())).isTrue();
        assertThat(RocksDbMemory.bounded(Map.of(RocksDbMemory.BOUNDED, "true"))).isTrue();
        assertThat(RocksDbMemory.bounded(Map.of(RocksDbMemory.BOUNDED, "false"))).isFalse();
        assertThatThrownBy(() -> RocksDbMemory.bounded(Map.of(RocksDbMemory.BOUNDED, "no")))
                .hasMessageContaining("statewire.dedup.rocksdb.bounded=no: give true or false");
    }
}
