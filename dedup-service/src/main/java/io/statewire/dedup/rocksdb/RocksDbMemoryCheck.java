package io.statewire.dedup.rocksdb;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads the RocksDB memory settings at start-up, so that a wrong one stops the service with a message naming it
 * instead of failing later, when Kafka Streams opens its first store.
 */
@Startup
@ApplicationScoped
public class RocksDbMemoryCheck {

    private static final Logger LOG = Logger.getLogger(RocksDbMemoryCheck.class);

    public RocksDbMemoryCheck(@ConfigProperty(name = "statewire.dedup.rocksdb.memory") String total,
            @ConfigProperty(name = "statewire.dedup.rocksdb.write-buffer-memory") String writeBuffers,
            @ConfigProperty(name = "statewire.dedup.rocksdb.bounded") String bounded) {
        var settings = Map.of(RocksDbMemory.TOTAL, total, RocksDbMemory.WRITE_BUFFERS, writeBuffers,
                RocksDbMemory.BOUNDED, bounded);
        RocksDbMemory.from(settings);
        if (!RocksDbMemory.bounded(settings)) {
            LOG.warnf("RocksDB memory not bounded (%s=false): every store has Kafka Streams' own cache and memtables",
                    RocksDbMemory.BOUNDED);
        }
    }
}
