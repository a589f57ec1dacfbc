package io.statewire.dedup.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.streams.KafkaStreams;

/** Publishes {@code statewire_dedup_streams_running}: 1 while the Kafka Streams application is RUNNING, else 0. */
@ApplicationScoped
public class StreamsStateGauge {

    void register(@Observes StartupEvent event, KafkaStreams streams, MeterRegistry registry) {
        Gauge.builder("statewire_dedup_streams_running", streams, StreamsStateGauge::running)
                .description("1 while the Kafka Streams state is RUNNING, else 0").strongReference(true)
                .register(registry);
    }

    static double running(KafkaStreams streams) {
        return streams.state() == KafkaStreams.State.RUNNING ? 1 : 0;
    }
}
