package io.statewire.dedup.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.contracts.DeadLetterHeaders;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.Passage;
import io.statewire.contracts.PassageRepeat;
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
    private TestOutputTopic<String, PassageRepeat> repeats;

    @BeforeEach
    void start() {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(DedupTopology.build(DedupSettings.defaults()), props);
        releases = driver.createInputTopic(Topics.RELEASES, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        passages = driver.createOutputTopic(Topics.PASSAGES, Serdes.String().deserializer(),
                JsonSerde.passages().deserializer());
        repeats = driver.createOutputTopic(Topics.PASSAGE_REPEATS, Serdes.String().deserializer(),
                new JsonSerde<>(PassageRepeat.class).deserializer());
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
    void republishedReleaseGivesNothingButRepeatsForAudit() {
        send(SampleReleases.release("site:1", 1, "Alpha.", "Beta."));
        List<Passage> first = passages.readValuesToList();
        send(SampleReleases.release("site:2", 1, "Alpha.", "Beta."));
        assertThat(passages.isEmpty()).isTrue();
        List<PassageRepeat> audit = repeats.readValuesToList();
        assertThat(audit).extracting(PassageRepeat::repeatsPassageId).containsExactly(first.get(0).passageId(),
                first.get(1).passageId());
        assertThat(audit).extracting(PassageRepeat::repeatsReleaseId, PassageRepeat::kind, PassageRepeat::similarity)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("site:1", "exact", 1.0));
    }

    @Test
    void nearDuplicatesAcrossReleasesAreSuppressed() {
        String original = "Foreign Minister Sergey Lavrov held talks with Minister of Foreign Affairs of Pakistan "
                + "Bilawal Bhutto Zardari, who is in Moscow on an official visit, and discussed the situation in "
                + "Afghanistan, counter-terrorism cooperation and the projects in the energy sector agreed last year.";
        send(SampleReleases.release("site:1", 1, original));
        passages.readValuesToList();
        send(SampleReleases.release("site:2", 1,
                original.replace("Bhutto Zardari", "Bhutto-Zardari").replace(", who", " — who").toUpperCase(),
                "A different paragraph that only shares a phrase: the situation in Afghanistan was also discussed "
                        + "by the Security Council members at their closed consultations in New York yesterday."));
        assertThat(passages.readValuesToList()).extracting(Passage::releaseId, Passage::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("site:2", 1));
        assertThat(repeats.readValuesToList()).singleElement()
                .satisfies(repeat -> assertThat(repeat.repeatsReleaseId()).isEqualTo("site:1"));
    }

    @Test
    void oneChangedWordInALongPassageIsANearRepeat() {
        String original = "We call on all parties to ensure safe and unhindered humanitarian access to the civilian "
                + "population of the Gaza Strip, to respect their obligations under international humanitarian law "
                + "and to refrain from any steps that could lead to a further escalation of the conflict in the "
                + "region, which has already claimed thousands of lives and destroyed the homes of many families.";
        send(SampleReleases.release("site:1", 1, original));
        passages.readValuesToList();
        send(SampleReleases.release("site:2", 1, original.replace("thousands of lives", "thousands of human lives")));
        assertThat(passages.isEmpty()).isTrue();
        assertThat(repeats.readValuesToList()).singleElement().satisfies(repeat -> {
            assertThat(repeat.kind()).isEqualTo("near");
            assertThat(repeat.similarity()).isGreaterThan(0.9).isLessThan(1.0);
        });
    }

    @Test
    void templatesWithAnotherPlaceNumberOrPersonAreNews() {
        String turkey = "We express our deepest condolences to the people and Government of Türkiye in connection "
                + "with the devastating earthquake, which has claimed many lives and left thousands of people injured.";
        String morocco = turkey.replace("Türkiye", "Morocco");
        String twelve = "An aircraft of the Ministry of Emergency Situations delivered 28 tonnes of humanitarian aid "
                + "to the civilian population, including food, medicines, blankets and tents.";
        String appointed = "Vladimir Putin held a working meeting with Governor of the Kursk Region Roman Starovoit, "
                + "who reported on the social and economic situation in the region.";
        send(SampleReleases.release("site:1", 1, turkey, twelve, appointed));
        send(SampleReleases.release("site:2", 1, morocco, twelve.replace("28 tonnes", "30 tonnes"),
                appointed.replace("Kursk Region Roman Starovoit", "Belgorod Region Vyacheslav Gladkov")));
        assertThat(passages.readValuesToList()).hasSize(6);
        assertThat(repeats.isEmpty()).isTrue();
    }

    @Test
    void aNearRepeatReportsItsSimilarity() {
        String original = "The ministers reviewed the supply of crude oil through the Caspian Pipeline Consortium and "
                + "agreed to prepare an intergovernmental agreement on the joint development of offshore fields.";
        Passage first = sendOne(SampleReleases.release("site:1", 1, original));
        send(SampleReleases.release("site:2", 1, original.replace("to prepare", "to draft")));
        assertThat(passages.isEmpty()).isTrue();
        assertThat(repeats.readValuesToList()).singleElement().satisfies(repeat -> {
            assertThat(repeat.kind()).isEqualTo("near");
            assertThat(repeat.repeatsPassageId()).isEqualTo(first.passageId());
            assertThat(repeat.similarity()).isBetween(0.8, 0.95);
        });
    }

    @Test
    void boilerplateIsDroppedInEnglishAndRussian() {
        send(SampleReleases.release("site:1", 1, "29.01.2023 16:05", "Opening remarks.", "To be continued...",
                "https://mid.ru/en/", "Share", "Продолжение следует…", "29 января / 2023"));
        assertThat(passages.readValuesToList()).extracting(Passage::text, Passage::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Opening remarks.", 1));
        assertThat(repeats.isEmpty()).isTrue();
    }

    @Test
    void russianTextTwiceAndRepublished() {
        String text = "Решительно осуждаем террористический акт в Исламабаде и выражаем соболезнования семьям погибших.";
        send(SampleReleases.release("mid.ru:1", 1, text, "Подтверждаем солидарность с народом Пакистана.", text));
        assertThat(passages.readValuesToList()).extracting(Passage::text)
                .containsExactly(text, "Подтверждаем солидарность с народом Пакистана.");
        send(SampleReleases.release("mid.ru:2", 1, text.replace("Решительно", "РЕШИТЕЛЬНО")));
        assertThat(passages.isEmpty()).isTrue();
    }

    @Test
    void longParagraphIsSplitAtSentencesInOrder() {
        StringBuilder paragraph = new StringBuilder();
        for (int article = 1; article <= 21; article++) {
            paragraph.append("The parties discussed article ").append(article)
                    .append(" of the agreement on trade, energy, transport and culture in detail. ");
        }
        send(SampleReleases.release("site:1", 1, paragraph.toString().strip(), "Closing."));
        List<Passage> out = passages.readValuesToList();
        assertThat(out.size()).isGreaterThan(2);
        assertThat(out).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(1200));
        assertThat(out).extracting(Passage::position).isSorted().doesNotHaveDuplicates();
        assertThat(out.get(out.size() - 1).text()).isEqualTo("Closing.");
    }

    @Test
    void extendedReleaseGivesOnlyNewParagraphs() {
        send(SampleReleases.release("site:1", 1, "Opening remarks.", "To be continued..."));
        assertThat(passages.readValuesToList()).extracting(Passage::text).containsExactly("Opening remarks.");
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
    void passagesAreForgottenAfterTheRetention() {
        driver.close();
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-retention-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        var settings = new DedupSettings(java.time.Duration.ofDays(1), java.time.Duration.ofMinutes(1), 1200,
                io.statewire.dedup.text.BoilerplateFilter.bundled(), DedupScope.LANGUAGE);
        driver = new TopologyTestDriver(DedupTopology.build(settings), props, java.time.Instant.now());
        releases = driver.createInputTopic(Topics.RELEASES, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        passages = driver.createOutputTopic(Topics.PASSAGES, Serdes.String().deserializer(),
                JsonSerde.passages().deserializer());
        String text = "A statement first published long ago and published again today in the same words.";
        java.time.Instant twoDaysAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(2));
        releases.pipeInput(new TestRecord<>("site:old", EventJson.write(SampleReleases.release("site:old", 1, text)),
                twoDaysAgo));
        assertThat(passages.readValuesToList()).hasSize(1);

        driver.advanceWallClockTime(java.time.Duration.ofMinutes(2));
        send(SampleReleases.release("site:new", 1, text));
        assertThat(passages.readValuesToList()).extracting(Passage::releaseId).containsExactly("site:new");
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

    private Passage sendOne(PressRelease release) {
        send(release);
        return passages.readValuesToList().get(0);
    }

    private void send(PressRelease release) {
        releases.pipeInput(release.releaseId(), EventJson.write(release));
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
