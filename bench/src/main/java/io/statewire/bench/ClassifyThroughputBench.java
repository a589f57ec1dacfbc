package io.statewire.bench;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.Passage;
import io.statewire.contracts.Topics;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * classify-service's throughput against a pass-through SmallRye processor, one run on one broker: the same
 * packaged service, once with tagging switched off ({@code statewire.classify.tagging=false}: the same batches,
 * transactions and dead-letter handling, no classification and no per-topic fan-out) and once as deployed, each
 * with its own consumer group over the same passages in {@code press.passages}. The rate is counted from the
 * moment the service is ready until its group has committed the end of the topic, so both runs include joining
 * the group (a few seconds; use enough passages); the rate over the second half of the passages leaves out most of
 * the JIT compiler's warm-up. Per run it also prints the CPU seconds of the service (by thread) and of this JVM
 * (broker and bench), the bytes added to the output topics and the requests the broker handled, to show where the
 * time goes.
 * {@code ClassifyThroughputBench [PASSAGES]}, default 100000; run from {@code bench/} (it starts
 * {@code ../classify-service/target/quarkus-app/quarkus-run.jar}).
 */
public final class ClassifyThroughputBench {

    /**
     * Extra JVM options for the service, e.g. a flight recording per run:
     * {@code -Dbench.service-jvm="-XX:StartFlightRecording=filename=/tmp/{run}.jfr"} ({@code {run}} becomes
     * {@code pass-through} or {@code classify-service}).
     */
    private static final List<String> SERVICE_JVM = System.getProperty("bench.service-jvm", "").isBlank() ? List.of()
            : List.of(System.getProperty("bench.service-jvm").trim().split("\\s+"));

    private ClassifyThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchLogging.asInServices();
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String bootstrap = KafkaBroker.bootstrapServers();
        KafkaBroker.createTopics(Topics.PIPELINE);
        List<Passage> texts = ClassifyBench.passages(Path.of("../classify-service/src/test/resources/evaluation"));
        long end = produce(bootstrap, texts, count);
        System.out.printf("input: %d passages (%d distinct texts, English and Russian) in %s%n", count, texts.size(),
                Topics.PASSAGES);
        Rates passThrough = run(bootstrap, false, end);
        Rates classify = run(bootstrap, true, end);
        System.out.printf("throughput pass-through (tagging off): %,.0f passages/s (second half %,.0f)%n",
                passThrough.fromReady(), passThrough.secondHalf());
        System.out.printf("throughput classify-service:           %,.0f passages/s (second half %,.0f)%n",
                classify.fromReady(), classify.secondHalf());
        System.out.printf("throughput ratio classify / pass-through: %.2f (second half %.2f)%n",
                classify.fromReady() / passThrough.fromReady(), classify.secondHalf() / passThrough.secondHalf());
        KafkaBroker.stopInProcess();
    }

    /** Appends the passages after whatever the topic holds; returns the sum of its end offsets afterwards. */
    private static long produce(String bootstrap, List<Passage> texts, int count) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                Passage text = texts.get(i % texts.size());
                String release = "bench-" + run + ":" + (i / 20);
                Passage passage = new Passage(Passage.SCHEMA, String.format("%032x", i), release, 1, i % 20,
                        text.text(), text.simhash(), text.source(), text.url(), text.title(), null, text.language());
                producer.send(new ProducerRecord<>(Topics.PASSAGES, release, EventJson.write(passage)));
            }
            producer.flush();
        }
        try (Admin admin = admin(bootstrap)) {
            var partitions = admin.describeTopics(List.of(Topics.PASSAGES)).allTopicNames().get().get(Topics.PASSAGES)
                    .partitions().stream().map(p -> new TopicPartition(Topics.PASSAGES, p.partition()))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            return admin.listOffsets(partitions).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }

    /** Runs the service over the whole topic with a fresh group. */
    private static Rates run(String bootstrap, boolean tagging, long end) throws Exception {
        String group = "bench-classify-" + (tagging ? "tagging-" : "passthrough-") + UUID.randomUUID();
        Map<String, String> settings = Map.of("kafka.bootstrap.servers", bootstrap,
                "mp.messaging.incoming.passages-in.group.id", group, "statewire.instance", group,
                "statewire.classify.tagging", Boolean.toString(tagging));
        try (ServiceProcess service = ServiceProcess.start("classify-service", settings, Map.of(),
                SERVICE_JVM.stream().map(o -> o.replace("{run}", name(tagging))).toList());
                Admin admin = admin(bootstrap)) {
            service.awaitReady(Duration.ofSeconds(120));
            long readyAt = System.nanoTime();
            double serviceCpuAtReady = ProcessCpu.seconds(service.pid());
            double brokerCpuAtReady = ProcessCpu.ownSeconds();
            Map<String, Double> threadsAtReady = ProcessCpu.byThread(service.pid());
            Map<String, Long> bytesAtReady = OutputVolume.bytes(admin);
            Map<String, Long> requestsAtReady = BrokerRequests.counts();
            long halfAt = 0;
            long halfCommitted = 0;
            for (long committed = 0; committed < end; committed = committed(admin, group)) {
                if (halfAt == 0 && committed >= end / 2) {
                    halfAt = System.nanoTime();
                    halfCommitted = committed;
                }
                Thread.sleep(50);
            }
            long doneAt = System.nanoTime();
            double seconds = (doneAt - readyAt) / 1e9;
            Map<String, Double> threads = ProcessCpu.byThread(service.pid());
            System.out.printf("cpu %s: service %.1f s, broker and bench %.1f s over %.1f s%n",
                    name(tagging), ProcessCpu.seconds(service.pid()) - serviceCpuAtReady,
                    ProcessCpu.ownSeconds() - brokerCpuAtReady, seconds);
            System.out.printf("cpu %s threads: %s%n", name(tagging), threads.entrySet().stream()
                    .map(t -> Map.entry(t.getKey(), t.getValue() - threadsAtReady.getOrDefault(t.getKey(), 0.0)))
                    .filter(t -> t.getValue() >= 0.1).sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(t -> String.format("%s %.1f s", t.getKey(), t.getValue())).collect(Collectors.joining(", ")));
            System.out.printf("output %s: %s%n", name(tagging), OutputVolume.added(bytesAtReady, OutputVolume.bytes(admin)));
            System.out.printf("broker requests %s: %s%n", name(tagging),
                    BrokerRequests.added(requestsAtReady, BrokerRequests.counts()));
            return new Rates(end / seconds, (end - halfCommitted) / ((doneAt - halfAt) / 1e9));
        }
    }

    /**
     * Passages per second from ready to all committed, and from half committed to all committed (the second half,
     * once the JIT compiler has mostly compiled the service's hot code).
     */
    private record Rates(double fromReady, double secondHalf) {
    }

    private static String name(boolean tagging) {
        return tagging ? "classify-service" : "pass-through";
    }

    private static long committed(Admin admin, String group) throws Exception {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
                .values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum();
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }
}
