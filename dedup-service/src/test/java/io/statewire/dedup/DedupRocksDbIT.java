package io.statewire.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.PassageRepeat;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.dedup.text.ContentWords;
import io.statewire.dedup.text.NearCopies;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.SampleReleases;
import io.statewire.testing.ServiceProcess;
import io.statewire.testing.TopicReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

/**
 * The packaged dedup-service with its RocksDB memory bounded (the shared cache of
 * {@code io.statewire.dedup.rocksdb.BoundedRocksDbConfig}): its stores keep what they saw across a restart, and are
 * rebuilt from their changelogs when the state folder is lost; a wrong memory setting stops it at start-up.
 */
class DedupRocksDbIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String FIRST = "The ministers of foreign affairs discussed cooperation in trade, energy and "
            + "transport, and the preparation of the next meeting of the intergovernmental commission.";
    private static final String SECOND = "The parties stressed the importance of a political settlement based on "
            + "international law and called for a ceasefire and unhindered humanitarian access to the region.";
    private static final String THIRD = "Both sides welcomed the growth of trade in national currencies and agreed to "
            + "expand direct flights, student exchanges and cooperation between universities and museums.";

    private static final String NEAR_SECOND = SECOND.replace("unhindered", "safe");
    private static final String OTHER_NEAR_SECOND = SECOND.replace("called for", "urged");

    @Test
    void storesKeepWhatTheySawAcrossARestartAndAfterLosingTheStateFolder() throws Exception {
        assertThat(NearCopies.compare(ContentWords.of(SECOND), ContentWords.of(NEAR_SECOND)).repeat())
                .as("test data: a near copy that the band index must find").isTrue();
        assertThat(NearCopies.compare(ContentWords.of(SECOND), ContentWords.of(OTHER_NEAR_SECOND)).repeat())
                .as("test data: a near copy that the rebuilt band index must find").isTrue();
        String run = "it-rocks-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaBroker.createTopics(Topics.PIPELINE);
        Path stateDir = Files.createDirectories(Path.of("target", "process-state", run)).toAbsolutePath();
        Map<String, String> settings = Map.of(
                "kafka.bootstrap.servers", KafkaBroker.bootstrapServers(),
                "quarkus.kafka-streams.application-id", run,
                "kafka-streams.state.dir", stateDir.toString());

        try (var dedup = ServiceProcess.start("dedup-service", settings)) {
            dedup.awaitReady(WAIT);
            send(SampleReleases.release(run + ":a", 1, FIRST, SECOND));
            assertThat(passages(run + ":a", 2)).containsExactly(FIRST, SECOND);
            assertThat(dedup.logLines()).anyMatch(line -> line.contains("RocksDB memory bounded: 32.0 MiB block cache"));
            assertThat(dedup.stop()).isIn(0, 130, 143);
        }

        // the same state folder: the stores are opened again through the shared cache
        try (var dedup = ServiceProcess.start("dedup-service", settings)) {
            dedup.awaitReady(WAIT);
            send(SampleReleases.release(run + ":b", 1, FIRST, NEAR_SECOND, THIRD));
            assertThat(passages(run + ":b", 1)).containsExactly(THIRD);
            assertThat(repeats(run + ":b", 2)).extracting(r -> r.position() + ":" + r.kind())
                    .containsExactlyInAnyOrder("0:exact", "1:near");
            assertThat(dedup.stop()).isIn(0, 130, 143);
        }

        // a lost volume: the passage index is restored from its changelog topic, its band and expiry stores rebuilt
        deleteRecursively(stateDir);
        try (var dedup = ServiceProcess.start("dedup-service", settings)) {
            dedup.awaitReady(Duration.ofMinutes(3));
            send(SampleReleases.release(run + ":c", 1, "A new paragraph after the restore.", THIRD, FIRST,
                    OTHER_NEAR_SECOND));
            assertThat(passages(run + ":c", 1)).containsExactly("A new paragraph after the restore.");
            assertThat(repeats(run + ":c", 3)).extracting(r -> r.kind() + ":" + r.repeatsReleaseId())
                    .containsExactlyInAnyOrder("exact:" + run + ":b", "exact:" + run + ":a", "near:" + run + ":a");
            assertThat(dedup.logLines()).anyMatch(line -> line.matches(
                    ".*rebuilt the local passage index from [1-9][0-9]* stored passages.*"));
        }
    }

    @Test
    void aWrongMemorySettingStopsTheServiceAtStartUpNamingIt() throws Exception {
        try (var dedup = ServiceProcess.start("dedup-service", Map.of(
                "kafka.bootstrap.servers", KafkaBroker.bootstrapServers(),
                "statewire.dedup.rocksdb.memory", "lots",
                "kafka-streams.state.dir", Path.of("target", "process-state", "wrong-memory").toAbsolutePath().toString()))) {
            assertThatThrownBy(() -> dedup.awaitReady(WAIT)).hasMessageContaining("exited with");
            assertThat(dedup.logLines()).anyMatch(line -> line.contains("statewire.dedup.rocksdb.memory=lots is not a size"));
        }
    }

    private static List<String> passages(String releaseId, int count) {
        return TopicReader.await(Topics.PASSAGES, JsonSerde.passages(), r -> r.key().equals(releaseId), count, WAIT)
                .stream().map(r -> r.value().text()).toList();
    }

    private static List<PassageRepeat> repeats(String releaseId, int count) {
        return TopicReader.await(Topics.PASSAGE_REPEATS, new JsonSerde<>(PassageRepeat.class),
                r -> r.key().equals(releaseId), count, WAIT).stream().map(r -> r.value()).toList();
    }

    private static void send(PressRelease release) {
        KafkaBroker.companion().produce(Serdes.String(), Serdes.ByteArray())
                .fromRecords(new ProducerRecord<>(Topics.RELEASES, release.releaseId(), EventJson.write(release)))
                .awaitCompletion();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
