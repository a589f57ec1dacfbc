package io.statewire.local.tail;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.InvalidEventException;
import io.statewire.contracts.Statement;
import io.statewire.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints committed statements from {@code press.statements} as they arrive, one line each: time, topic codes,
 * release title and the first words. {@code StatementTail BOOTSTRAP}.
 */
public final class StatementTail {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final int FIRST_WORDS = 14;

    private StatementTail() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: StatementTail BOOTSTRAP");
            System.exit(2);
        }
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                ConsumerConfig.GROUP_ID_CONFIG, "statewire-tail-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                consumer.wakeup();
                try {
                    main.join(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            consumer.subscribe(List.of(Topics.STATEMENTS));
            while (true) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    System.out.println(line(record));
                }
            }
        } catch (WakeupException stopping) {
            // Ctrl-C
        }
    }

    static String line(ConsumerRecord<String, byte[]> record) {
        String time = TIME.format(Instant.ofEpochMilli(record.timestamp()));
        try {
            Statement statement = EventJson.read(record.value(), Statement.class);
            String codes = statement.topicCodes().isEmpty() ? "-" : String.join(",", statement.topicCodes());
            return String.format("%s  [%s]  %s — %s", time, codes, statement.title(), firstWords(statement.text()));
        } catch (InvalidEventException e) {
            return time + "  unreadable statement: " + e.getMessage();
        }
    }

    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= FIRST_WORDS) {
            return text.strip();
        }
        return String.join(" ", List.of(words).subList(0, FIRST_WORDS)) + " …";
    }
}
