package io.statewire.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    @Test
    void releaseRoundTrip() {
        var serde = JsonSerde.releases();
        var release = Events.release();
        byte[] bytes = serde.serializer().serialize(Topics.RELEASES, release);
        assertThat(serde.deserializer().deserialize(Topics.RELEASES, bytes)).isEqualTo(release);
    }

    @Test
    void passageRoundTripKeepsCyrillicAndNulls() {
        var serde = JsonSerde.passages();
        var passage = Events.passage();
        byte[] bytes = serde.serializer().serialize(Topics.PASSAGES, passage);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Мы провели").contains("\"publishedAt\":null");
        assertThat(serde.deserializer().deserialize(Topics.PASSAGES, bytes)).isEqualTo(passage);
    }

    @Test
    void statementRoundTrip() {
        var serde = JsonSerde.statements();
        var statement = Events.statement();
        byte[] bytes = serde.serializer().serialize(Topics.STATEMENTS, statement);
        assertThat(serde.deserializer().deserialize(Topics.STATEMENTS, bytes)).isEqualTo(statement);
    }

    @Test
    void repeatRoundTrip() {
        var serde = new JsonSerde<>(PassageRepeat.class);
        var repeat = Events.repeat();
        assertThat(serde.deserializer().deserialize(Topics.PASSAGE_REPEATS,
                serde.serializer().serialize(Topics.PASSAGE_REPEATS, repeat))).isEqualTo(repeat);
    }

    @Test
    void writesTheFieldNamesOfTheContract() {
        String json = EventJson.writeString(Events.release());
        assertThat(json).startsWith("{\"schema\":\"press-release/1\",\"releaseId\":\"mid.ru:1851133\",\"revision\":2,");
    }

    @Test
    void missingFieldIsNamed() {
        String json = EventJson.writeString(Events.release()).replace("\"title\":", "\"headline\":");
        assertThatThrownBy(() -> EventJson.read(json, PressRelease.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("press-release/1: missing title")
                .extracting(e -> ((InvalidEventException) e).reason()).isEqualTo(InvalidEventException.Reason.MISSING_FIELD);
    }

    @Test
    void missingNumberIsNamed() {
        String json = EventJson.writeString(Events.passage()).replace("\"position\":", "\"index\":");
        assertThatThrownBy(() -> EventJson.read(json, Passage.class)).hasMessage("passage/1: missing position");
    }

    @Test
    void wrongSchemaVersionIsRefused() {
        String json = EventJson.writeString(Events.passage()).replace("passage/1", "passage/9");
        assertThatThrownBy(() -> EventJson.read(json, Passage.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("wrong schema 'passage/9'")
                .extracting(e -> ((InvalidEventException) e).reason()).isEqualTo(InvalidEventException.Reason.WRONG_SCHEMA);
    }

    @Test
    void malformedJsonIsNamed() {
        assertThatThrownBy(() -> EventJson.read("{\"schema\": ", PressRelease.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("malformed JSON")
                .extracting(e -> ((InvalidEventException) e).reason()).isEqualTo(InvalidEventException.Reason.MALFORMED_JSON);
    }

    @Test
    void everyRefusalHasAReasonForMetrics() {
        assertThat(reasonOf(() -> EventJson.read("{\"title\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1),
                PressRelease.class))).isEqualTo("not-utf8");
        assertThat(reasonOf(() -> EventJson.read((byte[]) null, PressRelease.class))).isEqualTo("no-value");
        assertThat(reasonOf(() -> EventJson.read("[1]", PressRelease.class))).isEqualTo("malformed-json");
        String negativeRevision = EventJson.writeString(Events.release()).replace("\"revision\":2", "\"revision\":0");
        assertThat(reasonOf(() -> EventJson.read(negativeRevision, PressRelease.class))).isEqualTo("invalid-field");
        String textRevision = EventJson.writeString(Events.release()).replace("\"revision\":2", "\"revision\":\"two\"");
        assertThat(reasonOf(() -> EventJson.read(textRevision, PressRelease.class))).isEqualTo("invalid-field");
        String missingPosition = EventJson.writeString(Events.passage()).replace("\"position\":", "\"index\":");
        assertThat(reasonOf(() -> EventJson.read(missingPosition, Passage.class))).isEqualTo("missing-field");
    }

    private static String reasonOf(Runnable read) {
        try {
            read.run();
        } catch (InvalidEventException e) {
            return e.reason().label();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void invalidUtf8AndNullAreRefused() {
        byte[] latin1 = "{\"title\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> EventJson.read(latin1, PressRelease.class)).hasMessage("value is not valid UTF-8");
        assertThatThrownBy(() -> EventJson.read((byte[]) null, PressRelease.class)).hasMessage("empty record: no value");
    }

    @Test
    void topicNames() {
        assertThat(Topics.statementsFor("energy")).isEqualTo("press.statements.energy");
        assertThat(Topics.deadLetter(Topics.PASSAGES)).isEqualTo("press.passages.dlq");
        assertThatThrownBy(() -> Topics.statementsFor("Energy Policy")).isInstanceOf(IllegalArgumentException.class);
    }
}
