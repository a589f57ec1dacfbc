package io.statewire.dedup.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.contracts.DeadLetterHeaders;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.Passage;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.testing.SampleReleases;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DedupTopologyTest {

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> releases;
    private TestOutputTopic<String, Passage> passages;
    private TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void start() {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(DedupTopology.build(), props);
        releases = driver.createInputTopic(Topics.RELEASES, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        passages = driver.createOutputTopic(Topics.PASSAGES, Serdes.String().deserializer(),
                JsonSerde.passages().deserializer());
        deadLetters = driver.createOutputTopic(Topics.deadLetter(Topics.RELEASES), Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void textTwiceOnOnePageIsPublishedOnce() {
        send(SampleReleases.release("site:1", 1, "First paragraph.", "Second paragraph.", "First paragraph."));
        List<Passage> out = passages.readValuesToList();
        assertThat(out).extracting(Passage::text).containsExactly("First paragraph.", "Second paragraph.");
        assertThat(out).extracting(Passage::position).containsExactly(0, 1);
    }

    @Test
    void republishedReleaseGivesNothing() {
        send(SampleReleases.release("site:1", 1, "Alpha.", "Beta."));
        passages.readValuesToList();
        send(SampleReleases.release("site:2", 1, "Alpha.", "Beta."));
        assertThat(passages.isEmpty()).isTrue();
    }

    @Test
    void extendedReleaseGivesOnlyNewParagraphs() {
        send(SampleReleases.release("site:1", 1, "Opening remarks.", "To be continued..."));
        passages.readValuesToList();
        send(SampleReleases.release("site:1", 2, "Opening remarks.", "Question: What next?", "Answer: More talks."));
        assertThat(passages.readKeyValuesToList())
                .extracting(kv -> kv.key, kv -> kv.value.text(), kv -> kv.value.revision())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("site:1", "Question: What next?", 2),
                        org.assertj.core.groups.Tuple.tuple("site:1", "Answer: More talks.", 2));
    }

    @Test
    void passagesAreKeyedByReleaseAndCarryTheContract() {
        PressRelease release = SampleReleases.release("site:7", 3, "Мы провели переговоры.");
        send(release);
        var record = passages.readRecord();
        assertThat(record.key()).isEqualTo("site:7");
        assertThat(record.value().schema()).isEqualTo(Passage.SCHEMA);
        assertThat(record.value().passageId()).matches("[0-9a-f]{32}");
        assertThat(record.value().simhash()).matches("[0-9a-f]{16}");
        assertThat(record.value().url()).isEqualTo(release.url());
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicAndProcessingGoesOn() {
        releases.pipeInput("bad:1", "{not json".getBytes(StandardCharsets.UTF_8));
        releases.pipeInput("bad:2", "{\"schema\":\"press-release/1\"}".getBytes(StandardCharsets.UTF_8));
        send(SampleReleases.release("site:1", 1, "Still processed."));

        List<TestRecord<String, byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(2);
        assertThat(header(dead.get(0), DeadLetterHeaders.REASON)).startsWith("malformed JSON");
        assertThat(header(dead.get(1), DeadLetterHeaders.REASON)).startsWith("press-release/1: missing ");
        assertThat(header(dead.get(1), DeadLetterHeaders.TOPIC)).isEqualTo(Topics.RELEASES);
        assertThat(header(dead.get(1), DeadLetterHeaders.OFFSET)).isEqualTo("1");
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(passages.readValuesToList()).extracting(Passage::text).containsExactly("Still processed.");
    }

    private void send(PressRelease release) {
        releases.pipeInput(release.releaseId(), EventJson.write(release));
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
