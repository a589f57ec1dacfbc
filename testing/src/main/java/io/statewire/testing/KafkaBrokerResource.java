package io.statewire.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.statewire.contracts.Topics;
import java.util.Map;

/**
 * Quarkus test resource that points a service at the JVM's one {@link KafkaBroker}, after creating the
 * pipeline's topics. It hands the service {@code kafka.bootstrap.servers} (SmallRye and Kafka Streams read it);
 * stopping a test class leaves the broker running for the next one.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String bootstrap = KafkaBroker.bootstrapServers();
        KafkaBroker.createTopics(Topics.PIPELINE);
        return Map.of(
                "kafka.bootstrap.servers", bootstrap,
                "quarkus.kafka-streams.bootstrap-servers", bootstrap);
    }

    @Override
    public void stop() {
        // the broker belongs to the JVM, not to one test class
    }
}
