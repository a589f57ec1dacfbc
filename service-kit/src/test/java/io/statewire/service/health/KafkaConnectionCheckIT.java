package io.statewire.service.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.testing.KafkaBroker;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** The readiness check against the real test broker, and against an address where nothing listens. */
class KafkaConnectionCheckIT {

    @Test
    void upWithTheBrokersNodes() {
        String bootstrap = KafkaBroker.bootstrapServers();
        var check = new KafkaConnectionCheck(Map.of("bootstrap.servers", bootstrap, "acks", "all"),
                Duration.ofSeconds(5));
        try {
            HealthCheckResponse response = check.call();
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data.get("nodes")).isNotNull());
        } finally {
            check.close();
        }
    }

    @Test
    void downWithinItsTimeoutWhenNothingListens() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var check = new KafkaConnectionCheck(Map.of("bootstrap.servers", "127.0.0.1:" + closed),
                Duration.ofMillis(500));
        try {
            long started = System.nanoTime();
            HealthCheckResponse response = check.call();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data.get("reason")).isNotNull());
            assertThat(took).isLessThan(Duration.ofSeconds(5));
        } finally {
            check.close();
        }
    }
}
