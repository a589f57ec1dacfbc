package io.statewire.bench;

import io.statewire.bench.ceiling.KafkaToolProcess;
import io.statewire.bench.ceiling.PerfToolOutput;
import io.statewire.bench.ceiling.PerfToolOutput.Rate;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.Passage;
import io.statewire.testing.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.UUID;

/**
 * Kafka's own ceiling on this machine, for the records our pipeline moves: Kafka's {@code ProducerPerformance} and
 * {@code ConsumerPerformance} (kafka-tools, each in a child JVM) against the same broker the other benchmarks use
 * ({@link KafkaBroker}: {@code KAFKA_BOOTSTRAP_SERVERS} or an in-process single node), over topics of three
 * partitions like the pipeline's.
 * <p>
 * The records are {@code passage/1} JSON values, each a real passage text (the English and Russian passages of
 * classify-service's evaluation set) with the other fields filled in as mid.ru's would be; ProducerPerformance
 * picks one at random per record, so the mean record is the mean of these (printed, in bytes). The records have no
 * key (the tool cannot set one; ours carry a release id of about 15 bytes). The producer is configured as our
 * services' producers are: acks=all, idempotent, lz4 (ingest and dedup), linger.ms=5 and batch.size=256 KiB
 * (classify). Produced twice: in transactions committed every 100 ms (dedup's commit interval under exactly-once),
 * and idempotent without transactions. Each topic is then read by ConsumerPerformance with
 * {@code isolation.level=read_committed}, as our services read; its rate is over the fetch time, the group join
 * printed apart.
 * <p>
 * Prints lines starting with {@code kafka-ceiling:}. {@code KafkaCeilingBench [RECORDS]}, default 200000; run from
 * {@code bench/} (it reads {@code ../classify-service/src/test/resources/evaluation}).
 */
public final class KafkaCeilingBench {

    static final String PREFIX = "kafka-ceiling: ";
    private static final String PRODUCER = "org.apache.kafka.tools.ProducerPerformance";
    private static final String CONSUMER = "org.apache.kafka.tools.ConsumerPerformance";
    private static final List<String> PRODUCER_SETTINGS = List.of("acks=all", "enable.idempotence=true",
            "compression.type=lz4", "linger.ms=5", "batch.size=262144");
    private static final int TRANSACTION_MILLIS = 100;
    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(15);

    private KafkaCeilingBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchLogging.asInServices();
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<byte[]> passages = passageRecords(Path.of("../classify-service/src/test/resources/evaluation"));
        Path payloads = writeLines(passages);
        IntSummaryStatistics sizes = passages.stream().mapToInt(p -> p.length).summaryStatistics();
        String bootstrap = KafkaBroker.bootstrapServers();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String transactional = "bench.ceiling-" + run + ".transactional";
        String plain = "bench.ceiling-" + run + ".plain";
        KafkaBroker.createTopics(List.of(transactional, plain));
        System.out.printf(PREFIX + "records: %d passage/1 JSON values of %.0f bytes mean (%d-%d; %d passages of "
                + "classify's evaluation set), no key; producer %s; topics of 3 partitions%n", records,
                sizes.getAverage(), sizes.getMin(), sizes.getMax(), passages.size(), String.join(", ", PRODUCER_SETTINGS));

        Rate producedInTransactions = produce(bootstrap, transactional, records, payloads, true);
        print("produce, transactions committed every " + TRANSACTION_MILLIS + " ms", producedInTransactions, "");
        Rate producedPlain = produce(bootstrap, plain, records, payloads, false);
        print("produce, idempotent without transactions", producedPlain, "");
        Path consumerConfig = Files.createTempFile("bench-ceiling-consumer", ".properties");
        consumerConfig.toFile().deleteOnExit();
        Files.writeString(consumerConfig, "isolation.level=read_committed\n");
        Rate consumedTransactional = consume(bootstrap, transactional, records, consumerConfig, run);
        print("consume read_committed, transactional topic", consumedTransactional,
                " (fetch time; group join " + consumedTransactional.joinMillis() + " ms apart)");
        Rate consumedPlain = consume(bootstrap, plain, records, consumerConfig, run);
        print("consume read_committed, plain topic", consumedPlain,
                " (fetch time; group join " + consumedPlain.joinMillis() + " ms apart)");
        KafkaBroker.stopInProcess();
    }

    private static Rate produce(String bootstrap, String topic, int records, Path payloads, boolean transactions)
            throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--topic", topic, "--num-records", Integer.toString(records),
                "--throughput", "-1", "--payload-file", payloads.toString(), "--producer-props",
                "bootstrap.servers=" + bootstrap));
        arguments.addAll(PRODUCER_SETTINGS);
        if (transactions) {
            arguments.addAll(List.of("--transaction-duration-ms", Integer.toString(TRANSACTION_MILLIS)));
        }
        Rate rate = PerfToolOutput.producer(KafkaToolProcess.run(PRODUCER, arguments, TOOL_TIMEOUT));
        if (rate.records() != records) {
            throw new IllegalStateException("ProducerPerformance sent " + rate.records() + " records, not " + records);
        }
        return rate;
    }

    private static Rate consume(String bootstrap, String topic, int records, Path config, String run) throws Exception {
        Rate rate = PerfToolOutput.consumer(KafkaToolProcess.run(CONSUMER, List.of("--bootstrap-server", bootstrap,
                "--topic", topic, "--messages", Integer.toString(records), "--group", "bench-ceiling-" + run + "-" + topic,
                "--consumer.config", config.toString(), "--timeout", "30000"), TOOL_TIMEOUT));
        if (rate.records() != records) {
            throw new IllegalStateException("ConsumerPerformance read " + rate.records() + " records, not " + records);
        }
        return rate;
    }

    private static void print(String what, Rate rate, String note) {
        System.out.printf(PREFIX + "%s: %,.0f records/s, %.1f MB/s%s%n", what, rate.recordsPerSecond(),
                rate.megabytesPerSecond(), note);
    }

    /** The evaluation passages as dedup would publish them from mid.ru's English and Russian pages. */
    static List<byte[]> passageRecords(Path evaluation) throws Exception {
        List<byte[]> records = new ArrayList<>();
        int number = 0;
        for (Passage text : ClassifyBench.passages(evaluation)) {
            String release = Integer.toString(1_851_133 + number / 12);
            String language = text.language().equals("ru") ? "ru" : "en";
            Passage passage = new Passage(Passage.SCHEMA, String.format("%032x", 0x5eed_0000L + number),
                    "mid.ru:" + release, 1, number % 12, text.text(), String.format("%016x", 0xabcdefL * number),
                    "mid-ru-" + language, "https://mid.ru/" + language + "/foreign_policy/news/" + release + "/",
                    text.title(), "2026-11-21T09:05:00+03:00", language);
            records.add(EventJson.write(passage));
            number++;
        }
        return records;
    }

    /** One record a line, as ProducerPerformance's {@code --payload-file} reads them. */
    private static Path writeLines(List<byte[]> records) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (byte[] record : records) {
            String json = new String(record, StandardCharsets.UTF_8);
            if (json.indexOf('\n') >= 0) {
                throw new IllegalStateException("a record holds a line break: " + json);
            }
            lines.append(json).append('\n');
        }
        Path file = Files.createTempFile("bench-ceiling-passages", ".jsonl");
        file.toFile().deleteOnExit();
        return Files.writeString(file, lines);
    }
}
