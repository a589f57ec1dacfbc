package io.statewire.dedup.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.Passage;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class InternalJsonSerdeTest {

    private static final Passage PASSAGE = new Passage(Passage.SCHEMA, "9f86d081884c7d659a2feaa0c55ad015", "mid.ru:1", 2,
            14, "We strongly condemn the attack.", "00ff00ff00ff00ff", "mid-ru-en", "https://mid.ru/1", "Statement",
            "2023-01-29T16:05:00+03:00", "en");
    private static final Candidate CANDIDATE = new Candidate(PASSAGE, 5, 1_700_000_000_000L, 7,
            "2026-11-27T08:00:00Z");

    @Test
    void writesTheSameJsonAsEventJson() {
        var serde = new InternalJsonSerde<>(Candidate.class);
        assertThat(serde.serializer().serialize("t", CANDIDATE)).isEqualTo(EventJson.write(CANDIDATE));
    }

    @Test
    void readsWhatEventJsonWroteSoStateFromEarlierVersionsStaysReadable() {
        var gathered = new PendingRelease.Gathered(CANDIDATE, 3,
                new BandVerdict.Match("0123456789abcdef0123456789abcdef", "mid.ru:0", 2));
        var serde = new InternalJsonSerde<>(PendingRelease.Gathered.class);
        assertThat(serde.deserializer().deserialize("t", EventJson.write(gathered))).isEqualTo(gathered);
        var entry = new IndexEntry("p", "r", 1, 0, 42L, -1L, 30);
        assertThat(new InternalJsonSerde<>(IndexEntry.class).deserializer().deserialize("t", EventJson.write(entry)))
                .isEqualTo(entry);
    }

    @Test
    void unreadableBytesFailWithTheTypeAndTopic() {
        var serde = new InternalJsonSerde<>(FirstSeen.class);
        assertThatThrownBy(() -> serde.deserializer().deserialize("seen-changelog",
                "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("FirstSeen").hasMessageContaining("seen-changelog");
    }
}
