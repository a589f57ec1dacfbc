package io.statewire.bench.pipeline;

import io.statewire.bench.TopicEnds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches one topic (read_committed, from its end when started) and remembers when the first record of each release
 * URL arrived, and how many records came in all.
 */
final class Arrivals implements AutoCloseable {

    private final Map<String, Instant> firstByUrl = new ConcurrentHashMap<>();
    private final AtomicLong count = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private <V> Arrivals(String bootstrap, String topic, Deserializer<V> values, Function<V, String> urlOf) {
        KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), values);
        TopicEnds.assignAtEnd(consumer, List.of(topic));
        thread = new Thread(() -> {
            try (consumer) {
                while (running) {
                    for (var record : consumer.poll(Duration.ofMillis(50))) {
                        Instant now = Instant.now();
                        count.incrementAndGet();
                        firstByUrl.putIfAbsent(urlOf.apply(record.value()), now);
                    }
                }
            }
        }, topic + "-arrivals");
        thread.start();
    }

    static <V> Arrivals watch(String bootstrap, String topic, Deserializer<V> values, Function<V, String> urlOf) {
        return new Arrivals(bootstrap, topic, values, urlOf);
    }

    /** When the first record of the release at {@code url} arrived, if it did. */
    Optional<Instant> firstFor(String url) {
        return Optional.ofNullable(firstByUrl.get(url));
    }

    long records() {
        return count.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
