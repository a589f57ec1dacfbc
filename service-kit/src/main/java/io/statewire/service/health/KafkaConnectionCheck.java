package io.statewire.service.health;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: UP while the Kafka cluster named by the {@code kafka.*} settings answers a describe-cluster request
 * within {@code statewire.health.kafka-timeout} (data: its nodes), DOWN with the reason otherwise. It stands in for
 * Quarkus' own Kafka check, which waits up to a minute (the admin client's default API timeout) before it reports
 * an unreachable broker.
 */
@Readiness
@ApplicationScoped
public class KafkaConnectionCheck implements HealthCheck {

    private final Map<String, Object> settings;
    private final Duration timeout;
    private Admin admin;

    public KafkaConnectionCheck(@Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "statewire.health.kafka-timeout", defaultValue = "PT2S") Duration timeout) {
        this.settings = kafka.entrySet().stream()
                .filter(setting -> AdminClientConfig.configNames().contains(setting.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.timeout = timeout;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Kafka connection");
        try {
            var nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            String hosts = nodes.stream().map(node -> node.host() + ":" + node.port()).collect(Collectors.joining(","));
            return response.up().withData("nodes", hosts).build();
        } catch (ExecutionException e) {
            return response.down().withData("reason", String.valueOf(e.getCause())).build();
        } catch (TimeoutException e) {
            return response.down().withData("reason", "no answer within " + timeout).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("reason", "interrupted").build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(settings);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ZERO);
        }
    }
}
