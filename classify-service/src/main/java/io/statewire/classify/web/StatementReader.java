package io.statewire.classify.web;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.statewire.classify.messaging.KafkaClients;
import io.statewire.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Starts and stops, with the application, a background thread that reads committed statements from
 * {@code press.statements} into the {@link StatementFeed}. It reads the topic rather than taking statements from
 * the processor so that only statements whose transaction committed are ever shown.
 */
@ApplicationScoped
class StatementReader {

    private static final Logger LOG = Logger.getLogger(StatementReader.class);
    private static final Duration RETRY = Duration.ofSeconds(5);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final StatementFeed feed;
    private final KafkaClients clients;
    private final String instance;
    private final int backlog;
    private StatementTail tail;
    private Thread thread;

    StatementReader(StatementFeed feed,
            KafkaClients clients,
            @ConfigProperty(name = "statewire.instance") String instance,
            @ConfigProperty(name = "statewire.web.backlog-per-partition", defaultValue = "1000") int backlog) {
        this.feed = feed;
        this.clients = clients;
        this.instance = instance;
        this.backlog = backlog;
    }

    void start(@Observes StartupEvent event) {
        Map<String, Object> settings = clients.with(Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG, "statewire-classify-web-" + instance,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false));
        tail = new StatementTail(new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer()),
                Topics.STATEMENTS, backlog, feed::publish, RETRY);
        thread = new Thread(tail, "statewire-statement-reader");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (thread == null) {
            return;
        }
        tail.stop();
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warnf("the statement reader did not stop within %s", STOP_WAIT);
        }
    }
}
