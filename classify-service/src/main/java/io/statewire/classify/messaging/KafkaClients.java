package io.statewire.classify.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * Settings for the Kafka clients classify-service makes itself (turn loader, topic admin, statement reader): every
 * {@code kafka.*} setting of the application (bootstrap servers, and security settings such as SASL or TLS when a
 * cluster needs them), plus what the client sets on top.
 */
@ApplicationScoped
public class KafkaClients {

    private final Map<String, Object> common;

    public KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> common) {
        this.common = Map.copyOf(common);
    }

    public Map<String, Object> with(Map<String, Object> specific) {
        Map<String, Object> settings = new HashMap<>(common);
        settings.putAll(specific);
        return settings;
    }
}
