package io.statewire.bench;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.Passage;
import io.statewire.contracts.Topics;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * A pass-through run that is not counted warms the broker up first. With several rounds (pass-through, then the
 * service, each time) it prints the median ratio and its range, since the ratio moves from run to run (each run
 * starts a new service JVM, whose JIT compiler does not compile the same way twice). From the CPU per passage
 * without the service's JIT compiler threads (mostly warm-up) and the classifier's own time (the service's
 * {@code statewire_classify_classification_seconds_total}) it also prints the ratio the service could reach if
 * classifying cost nothing: what the rest of its work, above all the per-topic copies, leaves.
 * {@code ClassifyThroughputBench [PASSAGES [ROUNDS]]}, default 100000 and 1; run from {@code bench/} (it starts
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

    private static final String CLASSIFIER_SECONDS = "statewire_classify_classification_seconds_total";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ClassifyThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchLogging.asInServices();
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String bootstrap = KafkaBroker.bootstrapServers();
        try {
            KafkaBroker.createTopics(Topics.PIPELINE);
            List<Passage> texts = ClassifyBench.passages(Path.of("../classify-service/src/test/resources/evaluation"));
            long end = produce(bootstrap, texts, count);
            System.out.printf("input: %d passages (%d distinct texts, English and Russian) in %s%n", count,
                    texts.size(), Topics.PASSAGES);
            // the in-process broker's own JIT compiler would otherwise slow the first run down
            System.out.println("warm-up: one pass-through run, not counted");
            run(bootstrap, false, end);
            List<Double> ratios = new ArrayList<>();
            List<Double> secondHalfRatios = new ArrayList<>();
            List<Double> freeClassifierBounds = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                Rates passThrough = run(bootstrap, false, end);
                Rates classify = run(bootstrap, true, end);
                ratios.add(classify.fromReady() / passThrough.fromReady());
                secondHalfRatios.add(classify.secondHalf() / passThrough.secondHalf());
                freeClassifierBounds.add(passThrough.cpuWithoutJit()
                        / (classify.cpuWithoutJit() - classify.classifierMicros()));
                System.out.printf("throughput round %d: pass-through (tagging off) %,.0f passages/s (second half "
                        + "%,.0f), classify-service %,.0f (second half %,.0f): ratio %.2f (second half %.2f)%n",
                        round, passThrough.fromReady(), passThrough.secondHalf(), classify.fromReady(),
                        classify.secondHalf(), ratios.get(round - 1), secondHalfRatios.get(round - 1));
            }
            System.out.printf("throughput ratio classify / pass-through: %s (second half %s)%n", summary(ratios),
                    summary(secondHalfRatios));
            System.out.printf("throughput ratio bound with the classifier free (CPU per passage without JIT "
                    + "compilation, pass-through / (classify-service - classifier)): %s%n",
                    summary(freeClassifierBounds));
        } finally {
            KafkaBroker.stopInProcess();
        }
    }

    /** The median of the figures, with their range when there are several. */
    private static String summary(List<Double> figures) {
        List<Double> sorted = figures.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return n == 1 ? String.format("%.2f", median)
                : String.format("median %.2f over %d rounds (%.2f to %.2f)", median, n, sorted.get(0),
                        sorted.get(n - 1));
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
            double classifierAtReady = classifierSeconds(service.httpPort());
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
            double serviceCpu = ProcessCpu.seconds(service.pid()) - serviceCpuAtReady;
            double brokerCpu = ProcessCpu.ownSeconds() - brokerCpuAtReady;
            Map<String, Double> threads = ProcessCpu.byThread(service.pid()).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey,
                            t -> t.getValue() - threadsAtReady.getOrDefault(t.getKey(), 0.0)));
            double jit = threads.entrySet().stream().filter(t -> t.getKey().matches("C\\d CompilerThre.*"))
                    .mapToDouble(Map.Entry::getValue).sum();
            double classifier = classifierSeconds(service.httpPort()) - classifierAtReady;
            System.out.printf("cpu %s: service %.1f s, broker and bench %.1f s over %.1f s%n",
                    name(tagging), serviceCpu, brokerCpu, seconds);
            System.out.printf("cpu %s threads: %s%n", name(tagging), threads.entrySet().stream()
                    .filter(t -> t.getValue() >= 0.1).sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(t -> String.format("%s %.1f s", t.getKey(), t.getValue())).collect(Collectors.joining(", ")));
            Rates rates = new Rates(end / seconds, (end - halfCommitted) / ((doneAt - halfAt) / 1e9),
                    (serviceCpu + brokerCpu - jit) * 1e6 / end, classifier * 1e6 / end);
            System.out.printf("cpu per passage %s: %.1f us of service, broker and bench (%.1f us without the service's "
                    + "JIT compiler threads), of which the classifier %.1f us%n", name(tagging),
                    (serviceCpu + brokerCpu) * 1e6 / end, rates.cpuWithoutJit(), rates.classifierMicros());
            System.out.printf("output %s: %s%n", name(tagging), OutputVolume.added(bytesAtReady, OutputVolume.bytes(admin)));
            System.out.printf("broker requests %s: %s%n", name(tagging),
                    BrokerRequests.added(requestsAtReady, BrokerRequests.counts()));
            return rates;
        }
    }

    /** The service's {@code statewire_classify_classification_seconds_total}: time its classifier took so far. */
    private static double classifierSeconds(int httpPort) throws IOException, InterruptedException {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/q/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines().filter(line -> line.startsWith(CLASSIFIER_SECONDS + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new IllegalStateException(CLASSIFIER_SECONDS + " missing from /q/metrics"));
    }

    /**
     * Passages per second from ready to all committed, and from half committed to all committed (the second half,
     * once the JIT compiler has mostly compiled the service's hot code); CPU microseconds per passage of service,
     * broker and bench less the service's JIT compiler threads, and the classifier's share of it.
     */
    private record Rates(double fromReady, double secondHalf, double cpuWithoutJit, double classifierMicros) {
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
