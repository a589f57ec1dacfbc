package io.statewire.dedup.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: UP only while the Kafka Streams application is RUNNING (data: its state). While it starts, restores
 * its state or rebalances, the instance is not ready: its state stores cannot be queried and it publishes
 * nothing. Quarkus' own Streams check is a liveness check and counts REBALANCING as alive.
 */
@Readiness
@ApplicationScoped
public class StreamsRunningCheck implements HealthCheck {

    private final KafkaStreams streams;

    public StreamsRunningCheck(KafkaStreams streams) {
        this.streams = streams;
    }

    @Override
    public HealthCheckResponse call() {
        KafkaStreams.State state = streams.state();
        return HealthCheckResponse.named("Kafka Streams running").status(state == KafkaStreams.State.RUNNING)
                .withData("state", state.name()).build();
    }
}
