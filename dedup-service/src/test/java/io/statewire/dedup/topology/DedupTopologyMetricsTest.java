package io.statewire.dedup.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.Passage;
import io.statewire.contracts.PassageRepeat;
import io.statewire.contracts.PipelineHeaders;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.testing.SampleReleases;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the topology counts for the metrics, and the fetch time it passes on as a header of each passage. */
class DedupTopologyMetricsTest {

    /** The {@code fetchedAt} of every {@link SampleReleases} release. */
    private static final String RELEASE_FETCHED_AT = "2026-11-27T08:00:00Z";

    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> releases;
    private TestOutputTopic<String, Passage> passages;
    private TestOutputTopic<String, PassageRepeat> repeats;

    @BeforeEach
    void start() {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-metrics-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        DedupCounters counters = new DedupCounters() {
            @Override
            public void passages(Verdict verdict, int count) {
                counts.merge(verdict.label(), count, Integer::sum);
            }

            @Override
            public void deadLetter(String reason) {
                counts.merge("dead-letter:" + reason, 1, Integer::sum);
            }
        };
        driver = new TopologyTestDriver(DedupTopology.build(DedupSettings.defaults(), counters), props);
        releases = driver.createInputTopic(Topics.RELEASES, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        passages = driver.createOutputTopic(Topics.PASSAGES, Serdes.String().deserializer(),
                JsonSerde.passages().deserializer());
        repeats = driver.createOutputTopic(Topics.PASSAGE_REPEATS, Serdes.String().deserializer(),
                new JsonSerde<>(PassageRepeat.class).deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void countsEveryPassageByVerdictAndDeadLettersByReason() {
        String longText = "We call on all parties to ensure safe and unhindered humanitarian access to the civilian "
                + "population of the Gaza Strip, to respect their obligations under international humanitarian law "
                + "and to refrain from any steps that could lead to a further escalation of the conflict in the "
                + "region, which has already claimed thousands of lives and destroyed the homes of many families.";
        send(SampleReleases.release("site:1", 1, "Alpha.", longText, "Alpha.", "To be continued..."));
        send(SampleReleases.release("site:2", 1, longText.replace("thousands of lives", "many thousands of lives")));
        releases.pipeInput("bad:1", "{not json".getBytes(StandardCharsets.UTF_8));
        releases.pipeInput("bad:2", "{\"schema\":\"press-release/1\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("unique", 2, "exact", 1, "near", 1,
                "boilerplate", 1, "dead-letter:malformed-json", 1, "dead-letter:missing-field", 1));
    }

    @Test
    void passagesCarryTheFetchTimeOfTheReleaseRecordElseOfTheRelease() {
        PressRelease withHeader = SampleReleases.release("site:h", 1, "A passage fetched at a given time.", "Alpha.");
        var headers = new RecordHeaders().add(PipelineHeaders.FETCHED_AT,
                "2026-11-27T09:30:00.250Z".getBytes(StandardCharsets.UTF_8));
        releases.pipeInput(new TestRecord<>(withHeader.releaseId(), EventJson.write(withHeader), headers));
        send(SampleReleases.release("site:f", 1, "A release without the header.", "Alpha."));

        var out = passages.readRecordsToList();
        assertThat(out).extracting(TestRecord::key).containsExactly("site:h", "site:h", "site:f");
        assertThat(out.subList(0, 2)).allSatisfy(r -> assertThat(fetchedAt(r)).isEqualTo("2026-11-27T09:30:00.250Z"));
        assertThat(fetchedAt(out.get(2))).isEqualTo(RELEASE_FETCHED_AT);
        assertThat(repeats.readRecordsToList()).singleElement()
                .satisfies(r -> assertThat(fetchedAt(r)).isEqualTo(RELEASE_FETCHED_AT));
    }

    private void send(PressRelease release) {
        releases.pipeInput(release.releaseId(), EventJson.write(release));
    }

    private static String fetchedAt(TestRecord<String, ?> record) {
        var header = record.headers().lastHeader(PipelineHeaders.FETCHED_AT);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
