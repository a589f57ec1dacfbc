package io.statewire.contracts;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for one event record type, through {@link EventJson}. Deserialising a record that breaks the
 * contract throws {@link InvalidEventException}.
 */
public class JsonSerde<T> implements Serde<T> {

    private final Class<T> type;

    public JsonSerde(Class<T> type) {
        this.type = type;
    }

    public static JsonSerde<PressRelease> releases() {
        return new JsonSerde<>(PressRelease.class);
    }

    public static JsonSerde<Passage> passages() {
        return new JsonSerde<>(Passage.class);
    }

    public static JsonSerde<Statement> statements() {
        return new JsonSerde<>(Statement.class);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, event) -> event == null ? null : EventJson.write(event);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> EventJson.read(bytes, type);
    }
}
