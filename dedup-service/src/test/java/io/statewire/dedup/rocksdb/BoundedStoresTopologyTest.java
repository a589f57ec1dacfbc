package io.statewire.dedup.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.Passage;
import io.statewire.contracts.PassageRepeat;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.dedup.topology.DedupSettings;
import io.statewire.dedup.topology.DedupTopology;
import io.statewire.testing.SampleReleases;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dedup topology with its RocksDB stores opened through {@link BoundedRocksDbConfig}. */
class BoundedStoresTopologyTest {

    @TempDir
    Path stateDir;

    @Test
    void storesOpenWithTheBoundedConfigAndStillFindRepeats() {
        try (var driver = new TopologyTestDriver(DedupTopology.build(DedupSettings.defaults()), settings("24m", "6m"))) {
            var releases = driver.createInputTopic(Topics.RELEASES, Serdes.String().serializer(),
                    Serdes.ByteArray().serializer());
            var passages = driver.createOutputTopic(Topics.PASSAGES, Serdes.String().deserializer(),
                    JsonSerde.passages().deserializer());
            var repeats = driver.createOutputTopic(Topics.PASSAGE_REPEATS, Serdes.String().deserializer(),
                    new JsonSerde<>(PassageRepeat.class).deserializer());
            // short passages (under 12 words): exact repeats only, never near ones
            for (int r = 0; r < 100; r++) {
                send(releases, SampleReleases.release("site:" + r, 1, "Paragraph " + r + " on trade.",
                        "Consultations, round " + (r % 25) + "."));
            }
            assertThat(passages.readValuesToList()).extracting(Passage::releaseId).hasSize(125);
            assertThat(repeats.readValuesToList()).hasSize(75)
                    .allSatisfy(repeat -> assertThat(repeat.position()).isEqualTo(1));
        }
    }

    @Test
    void aWrongBudgetStopsTheStoresFromOpening() {
        assertThatThrownBy(() -> new TopologyTestDriver(DedupTopology.build(DedupSettings.defaults()),
                settings("64m", "48m")).close())
                .hasStackTraceContaining("statewire.dedup.rocksdb.write-buffer-memory (48.0 MiB) is more than half");
    }

    private Properties settings(String memory, String writeBuffers) {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-bounded-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbConfig.class);
        props.put(RocksDbMemory.TOTAL, memory);
        props.put(RocksDbMemory.WRITE_BUFFERS, writeBuffers);
        return props;
    }

    private static void send(org.apache.kafka.streams.TestInputTopic<String, byte[]> releases, PressRelease release) {
        releases.pipeInput(release.releaseId(), EventJson.write(release));
    }
}
