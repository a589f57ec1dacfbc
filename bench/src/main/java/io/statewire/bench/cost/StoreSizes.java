package io.statewire.bench.cost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The size of an instance's RocksDB state stores, per store summed over its tasks, from Kafka Streams' RocksDB
 * metrics: bytes in live SST files, bytes in memtables (not yet flushed, so not on disk) and RocksDB's estimate of
 * the number of keys; and the bytes of every file under the state directory.
 */
record StoreSizes(Map<String, Store> stores, long bytesOnDisk) {

    record Store(long sstBytes, long memtableBytes, long estimatedKeys) {

        long bytes() {
            return sstBytes + memtableBytes;
        }

        Store plus(Store other) {
            return new Store(sstBytes + other.sstBytes, memtableBytes + other.memtableBytes,
                    estimatedKeys + other.estimatedKeys);
        }
    }

    private static final String GROUP = "stream-state-metrics";
    private static final String STORE_TAG = "rocksdb-state-id";

    static StoreSizes of(KafkaStreams streams, Path stateDir) {
        Map<String, Store> stores = new TreeMap<>();
        for (Map.Entry<MetricName, ? extends Metric> metric : streams.metrics().entrySet()) {
            MetricName name = metric.getKey();
            String store = name.tags().get(STORE_TAG);
            if (!name.group().equals(GROUP) || store == null) {
                continue;
            }
            long value = ((Number) metric.getValue().metricValue()).longValue();
            Store part = switch (name.name()) {
                case "live-sst-files-size" -> new Store(value, 0, 0);
                case "cur-size-all-mem-tables" -> new Store(0, value, 0);
                case "estimate-num-keys" -> new Store(0, 0, value);
                default -> null;
            };
            if (part != null) {
                stores.merge(store, part, Store::plus);
            }
        }
        if (stores.isEmpty()) {
            throw new IllegalStateException("Kafka Streams reports no RocksDB size metrics (" + GROUP + ")");
        }
        return new StoreSizes(stores, bytesUnder(stateDir));
    }

    long bytes() {
        return stores.values().stream().mapToLong(Store::bytes).sum();
    }

    Store store(String name) {
        Store store = stores.get(name);
        if (store == null) {
            throw new IllegalStateException("no RocksDB metrics for store " + name + "; stores: " + stores.keySet());
        }
        return store;
    }

    private static long bytesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
