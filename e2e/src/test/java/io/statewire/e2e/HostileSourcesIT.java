package io.statewire.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.local.sample.SamplePages;
import io.statewire.local.sample.SampleRelease;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.ServiceEndpoints;
import io.statewire.testing.ServiceProcess;
import io.statewire.testing.TopicReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ingest-service, packaged and run as a process with a small heap, watching one well-behaved press room that keeps
 * publishing and ten hostile servers, each its own host on loopback: a slow drip, a 50 MB body, a gzip bomb, a
 * redirect loop, a connection reset in the middle of the body, 500s, 503s asking to retry at once, a PNG, binary
 * bytes labelled text/html, and pages whose charset label is wrong. Over a minute of polling every second: each
 * hostile source ends in a counted and logged failure and publishes nothing (the mislabelled pages are published
 * once, correctly decoded), a host that fails every request is backed off from instead of hammered, the good source's
 * releases are all published exactly once and its polls keep succeeding, the service stays ready, and memory stays
 * bounded.
 */
class HostileSourcesIT {

    private static final String HEAP = "-Xmx96m";
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration RUN = Duration.ofSeconds(60);
    private static final int GOOD_RELEASES = 12;
    /** HostGate's first back-off; with jitter a back-off lasts from half its nominal value, doubling each failure. */
    private static final double FIRST_BACKOFF_SECONDS = 2;
    private static final long MAX_RETAINED_HEAP = 48L * 1024 * 1024;
    private static final long MAX_RSS = 300L * 1024 * 1024;

    /**
     * A hostile server, the path that fails (its source's feed is {@code /feed.xml}), the fetch outcome the failure
     * is counted as, the words logged after the failing URL, and how many requests one attempt makes.
     */
    private record Hostile(HostileServer server, String failingPath, String outcome, String reason,
            int requestsPerAttempt) {

        /** Whether every request to the host fails, so that nothing ends its back-off. */
        boolean failsEverything() {
            return failingPath.equals("/feed.xml");
        }
    }

    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    @Test
    void hostileServersFailCountedAndBoundedWhileAGoodSourceKeepsPublishing() throws Exception {
        String bootstrap = KafkaBroker.bootstrapServers();
        KafkaBroker.createTopics(Topics.PIPELINE);
        String run = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        Path work = Files.createDirectories(Path.of("target", run));

        GrowingPressRoom good = keep(GrowingPressRoom.start(2, GOOD_RELEASES, Duration.ofSeconds(4)));
        List<Hostile> hostiles = List.of(
                failing("drip", 2, Misbehaviours.slowDrip(Duration.ofMillis(250)), "error",
                        "page not complete within " + PAGE_TIMEOUT.toSeconds() + " s"),
                failing("huge-body", 3, Misbehaviours.hugeBody(50L * 1024 * 1024), "error",
                        "body larger than 5242880 bytes"),
                failing("gzip-bomb", 4, Misbehaviours.gzipBomb(1024), "error",
                        "body larger than 5242880 bytes after decompression"),
                new Hostile(keep(HostileServer.start("redirect-loop", "127.0.0.5", Misbehaviours.redirectLoop())),
                        "/feed.xml", "error", "more than 5 redirects", 6),
                failing("reset", 6, Misbehaviours.resetMidBody(), "error", "connection lost after"),
                failing("http-500", 7, Misbehaviours.status("500 Internal Server Error", Map.of()), "http-5xx",
                        "HTTP 500"),
                failing("http-503", 8, Misbehaviours.status("503 Service Unavailable", Map.of("Retry-After", "0")),
                        "http-5xx", "HTTP 503"),
                failing("png", 9, Misbehaviours.content("image/png", Misbehaviours.noisePng(256)), "error",
                        "unsupported content type image/png"),
                new Hostile(keep(HostileServer.start("binary-as-html", "127.0.0.10", Misbehaviours.feedOf(Map.of(
                        "/release/1", new Misbehaviours.Page("text/html", Misbehaviours.noisePng(256)))))),
                        "/release/1", "error", "not text but binary", 1));
        Map<String, SampleRelease> mislabelled = new LinkedHashMap<>();
        HostileServer charsets = keep(HostileServer.start("wrong-charset", "127.0.0.11",
                Misbehaviours.feedOf(mislabelledPages(mislabelled))));

        Path sources = writeSources(work.resolve("sources.yaml"), run, good, hostiles, charsets);
        Map<String, String> settings = Map.of("kafka.bootstrap.servers", bootstrap,
                "statewire.sources", sources.toAbsolutePath().toString(), "statewire.instance", run,
                "statewire.ingest.page-timeout", PAGE_TIMEOUT.toString(), "statewire.ingest.min-host-delay", "PT0.2S");
        long started = System.nanoTime();
        try (ServiceProcess ingest = ServiceProcess.start("ingest-service", settings, Map.of(),
                List.of(HEAP, "-XX:+ExitOnOutOfMemoryError"))) {
            ingest.awaitReady(Duration.ofSeconds(90));
            ServiceEndpoints endpoints = new ServiceEndpoints(ingest.httpPort());
            assertThat(sumOverHeapPools(endpoints.metrics(), "jvm_memory_max_bytes")).as("heap limit in effect")
                    .isBetween(1L, 96L * 1024 * 1024);
            String goodPoll = "statewire_ingest_last_successful_poll_seconds{source=\"" + run + "-good\"}";

            List<Sample> samples = new ArrayList<>();
            long runEnd = System.nanoTime() + RUN.toNanos();
            while (System.nanoTime() < runEnd) {
                assertThat(ingest.isAlive()).as("ingest-service is running").isTrue();
                samples.add(Sample.take(ingest, endpoints, goodPoll));
                Thread.sleep(2_000);
            }

            String metrics = endpoints.metrics();
            double seconds = (System.nanoTime() - started) / 1e9;
            Memory memory = Memory.of(ingest, endpoints, samples);
            List<String> log = ingest.logLines();
            Map<String, List<PressRelease>> published = TopicReader.during(Topics.RELEASES, JsonSerde.releases(),
                    r -> r.value().source().startsWith(run + "-"), Duration.ofSeconds(3)).stream()
                    .map(ConsumerRecord::value).collect(Collectors.groupingBy(PressRelease::source));
            report(run, hostiles, metrics, seconds, memory, published);

            // the service stayed ready, and the good source kept being polled without errors all along
            assertThat(samples).allSatisfy(s -> assertThat(s.readyStatus()).as("readiness at %s", s.at())
                    .isEqualTo(200));
            List<Sample> afterFirstGoodPoll = samples.stream().filter(s -> s.lastGoodPoll() > 0).toList();
            assertThat(afterFirstGoodPoll).hasSizeGreaterThan(samples.size() - 10);
            assertThat(afterFirstGoodPoll).allSatisfy(s -> assertThat(s.at().getEpochSecond() - s.lastGoodPoll())
                    .as("seconds since the good source's last successful poll at %s", s.at()).isLessThan(12));

            // each hostile source: counted as the failure it is, logged with its URL and the reason; a host that
            // fails every request backs off exponentially, yet is tried again
            for (Hostile hostile : hostiles) {
                String source = run + "-" + hostile.server().name();
                assertThat(fetches(metrics, source, hostile.outcome())).as("%s fetches counted as %s", source,
                        hostile.outcome()).isGreaterThanOrEqualTo(1);
                String failure = hostile.server().url(hostile.failingPath()) + ": " + hostile.reason();
                assertThat(log).as("log of %s", source).anyMatch(line -> line.contains(failure));
                if (hostile.failsEverything()) {
                    int attempts = hostile.server().requests() / hostile.requestsPerAttempt();
                    assertThat(attempts).as("%s: attempts in %.0f s (back-off ceiling)", source, seconds)
                            .isBetween(3, attemptCeiling(seconds));
                    assertThat(fetches(metrics, source, "refused")).as("%s refused while backing off", source)
                            .isGreaterThan(0);
                    assertThat(fetches(metrics, source, "ok")).isZero();
                }
            }
            assertThat(fetches(metrics, run + "-wrong-charset", "ok")).isGreaterThan(3);

            // every release of the good source exactly once, the mislabelled pages once each and decoded right,
            // nothing from any failing source
            assertThat(good.complete()).isTrue();
            assertThat(published.getOrDefault(run + "-good", List.of())).extracting(PressRelease::title)
                    .containsExactlyInAnyOrderElementsOf(good.published().stream().map(SampleRelease::title).toList());
            assertThat(published.get(run + "-good")).allSatisfy(r -> assertThat(r.revision()).isEqualTo(1));
            assertDecodedOnce(published.getOrDefault(run + "-wrong-charset", List.of()), mislabelled);
            assertThat(published.keySet()).containsExactlyInAnyOrder(run + "-good", run + "-wrong-charset");

            // memory: no OutOfMemoryError (the JVM would have exited), little heap kept, bounded resident set
            assertThat(ingest.isAlive()).isTrue();
            assertThat(log).noneMatch(line -> line.contains("OutOfMemoryError"));
            assertThat(memory.retainedHeap()).as("heap after a full GC").isLessThan(MAX_RETAINED_HEAP);
            assertThat(memory.peakRss()).as("peak resident set (VmHWM)").isLessThan(MAX_RSS);
        }
    }

    /** Prints what the run measured, for the build log (and for whoever reads a failure). */
    private static void report(String run, List<Hostile> hostiles, String metrics, double seconds, Memory memory,
            Map<String, List<PressRelease>> published) {
        System.out.printf("HostileSourcesIT memory (%s): heap used at most %.1f MiB while running, %.1f MiB after a "
                        + "full GC; resident set at most %.1f MiB sampled, peak (VmHWM) %.1f MiB%n", HEAP,
                mib(memory.maxHeapSeen()), mib(memory.retainedHeap()), mib(memory.maxRssSeen()), mib(memory.peakRss()));
        for (Hostile hostile : hostiles) {
            String source = run + "-" + hostile.server().name();
            List<String> outcomes = metrics.lines()
                    .filter(line -> line.startsWith("statewire_ingest_fetches_total") && line.contains(source + "\""))
                    .map(line -> line.replaceAll(".*outcome=\"([^\"]+)\".* ", "$1=")).sorted().toList();
            System.out.printf("HostileSourcesIT %s: %d requests in %.0f s (at most %d attempts of %d); fetches %s%n",
                    hostile.server().name(), hostile.server().requests(), seconds, attemptCeiling(seconds),
                    hostile.requestsPerAttempt(), outcomes);
        }
        published.forEach((source, releases) -> System.out.printf("HostileSourcesIT published by %s: %s%n", source,
                releases.stream().map(r -> r.revision() + " " + r.title()).toList()));
    }

    /**
     * The most attempts a failing host can get in {@code seconds}: after the k-th failure in a row it is not asked
     * for at least half of {@code FIRST_BACKOFF * 2^(k-1)}, so attempt n comes at least {@code 2^(n-1) - 1} seconds
     * after the first.
     */
    private static int attemptCeiling(double seconds) {
        double halfFirst = FIRST_BACKOFF_SECONDS / 2;
        return (int) Math.floor(Math.log(seconds / halfFirst + 1) / Math.log(2)) + 1;
    }

    private Hostile failing(String name, int lastOctet, HostileServer.Behaviour behaviour, String outcome,
            String reason) throws IOException {
        HostileServer server = keep(HostileServer.start(name, "127.0.0." + lastOctet, behaviour));
        return new Hostile(server, "/feed.xml", outcome, reason, 1);
    }

    private <T extends AutoCloseable> T keep(T server) {
        servers.add(server);
        return server;
    }

    private static Path writeSources(Path file, String run, GrowingPressRoom good, List<Hostile> hostiles,
            HostileServer charsets) throws IOException {
        StringBuilder yaml = new StringBuilder("sources:\n");
        yaml.append(source(run + "-good", good.feedUrl(), "en"));
        for (Hostile hostile : hostiles) {
            String feed = hostile.server().url("/feed.xml").toString();
            yaml.append(source(run + "-" + hostile.server().name(), feed, "en"));
        }
        yaml.append(source(run + "-" + charsets.name(), charsets.url("/feed.xml").toString(), "ru"));
        return Files.writeString(file, yaml.toString());
    }

    private static String source(String id, String feedUrl, String language) {
        return """
                  - id: %s
                    profile: rss
                    feed-url: %s
                    language: %s
                    poll-interval: 1s
                    allow-private-network: true
                """.formatted(id, feedUrl, language);
    }

    /**
     * Three Russian releases whose labels lie or are missing: UTF-8 bytes labelled ISO-8859-1 in the header (the meta
     * tag says UTF-8), windows-1251 bytes labelled UTF-8 in the header (the meta tag says windows-1251), and UTF-8
     * with a byte-order mark labelled ISO-8859-1 (no meta tag). Fills {@code expected} with the releases by path.
     */
    private static Map<String, Misbehaviours.Page> mislabelledPages(Map<String, SampleRelease> expected) {
        Charset cp1251 = Charset.forName("windows-1251");
        SampleRelease latin1Label = russian("5001", "Заявление МИД о переговорах по водным ресурсам",
                "Министерство иностранных дел приветствует возобновление переговоров о совместном использовании "
                        + "водных ресурсов пограничных рек.",
                "Стороны договорились создать рабочую группу экспертов, которая представит предложения о графике "
                        + "сброса воды до конца года.",
                "Мы рассчитываем, что достигнутые договорённости будут выполняться добросовестно и в полном объёме.");
        SampleRelease utf8Label = russian("5002", "Комментарий официального представителя о задержании судна",
                "Девятого ноября в исключительной экономической зоне было задержано рыболовное судно с экипажем из "
                        + "двенадцати человек.",
                "Консульские сотрудники посетили моряков, все они здоровы и получают необходимую помощь.",
                "Мы настаиваем на скорейшем освобождении экипажа и судна в соответствии с нормами морского права.");
        SampleRelease byteOrderMark = russian("5003", "Сообщение для прессы о визите делегации парламентариев",
                "Делегация парламентариев проведёт в столице консультации по вопросам торговли и транспорта.",
                "В программе визита встречи с руководством профильных комитетов и представителями деловых кругов.",
                "По итогам консультаций планируется подписать меморандум о сотрудничестве в области логистики.");
        expected.put("/release/latin1-label", latin1Label);
        expected.put("/release/utf8-label", utf8Label);
        expected.put("/release/byte-order-mark", byteOrderMark);
        String withoutMeta = SamplePages.articlePage(byteOrderMark).replace("<meta charset=\"utf-8\">", "");
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] utf8 = withoutMeta.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        return Map.of(
                "/release/latin1-label", new Misbehaviours.Page("text/html; charset=iso-8859-1",
                        SamplePages.articlePage(latin1Label).getBytes(StandardCharsets.UTF_8)),
                "/release/utf8-label", new Misbehaviours.Page("text/html; charset=utf-8",
                        SamplePages.articlePage(utf8Label).replace("<meta charset=\"utf-8\">",
                                "<meta charset=\"windows-1251\">").getBytes(cp1251)),
                "/release/byte-order-mark", new Misbehaviours.Page("text/html; charset=iso-8859-1", withBom));
    }

    private static SampleRelease russian(String id, String title, String... paragraphs) {
        return new SampleRelease(id, title, "2026-11-20T12:00:00+03:00", List.of("Россия"), List.of(paragraphs));
    }

    private static void assertDecodedOnce(List<PressRelease> published, Map<String, SampleRelease> expected) {
        assertThat(published).extracting(PressRelease::title)
                .containsExactlyInAnyOrderElementsOf(expected.values().stream().map(SampleRelease::title).toList());
        for (SampleRelease release : expected.values()) {
            assertThat(published).filteredOn(r -> r.title().equals(release.title())).singleElement()
                    .satisfies(r -> assertThat(r.paragraphs()).containsAll(release.paragraphs()));
        }
    }

    private static double fetches(String metrics, String source, String outcome) {
        return ServiceEndpoints.valueIn(metrics, "statewire_ingest_fetches_total{outcome=\"" + outcome
                + "\",source=\"" + source + "\"}").orElse(0.0);
    }

    /**
     * The memory figures of a run: the most heap in use and the largest resident set sampled while it ran, the heap
     * in use after a full GC ({@code jcmd <pid> GC.run}: what the service keeps) and the peak resident set (VmHWM).
     */
    private record Memory(long maxHeapSeen, long maxRssSeen, long retainedHeap, long peakRss) {

        static Memory of(ServiceProcess ingest, ServiceEndpoints endpoints, List<Sample> samples) throws Exception {
            Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
            Process gc = new ProcessBuilder(jcmd.toString(), String.valueOf(ingest.pid()), "GC.run")
                    .redirectErrorStream(true).start();
            String output = new String(gc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(gc.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(gc.exitValue()).as("jcmd GC.run: %s", output).isZero();
            return new Memory(samples.stream().mapToLong(Sample::heapUsed).max().orElseThrow(),
                    samples.stream().mapToLong(Sample::rss).max().orElseThrow(), heapInUse(endpoints.metrics()),
                    ProcStatus.kilobytes(ingest.pid(), "VmHWM") * 1024);
        }
    }

    /** The sum of {@code jvm_memory_used_bytes} over the heap's pools. */
    static long heapInUse(String metrics) {
        return sumOverHeapPools(metrics, "jvm_memory_used_bytes");
    }

    /** The sum of {@code series} over the heap's pools, those without a value (-1) left out. */
    private static long sumOverHeapPools(String metrics, String series) {
        Matcher pools = Pattern.compile("^" + series + "\\{area=\"heap\",[^}]*} (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        double sum = 0;
        while (pools.find()) {
            sum += Math.max(0, Double.parseDouble(pools.group(1)));
        }
        return (long) sum;
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    /** What the test saw at one moment: readiness, heap and resident set, the good source's last successful poll. */
    private record Sample(Instant at, int readyStatus, long heapUsed, long rss, long lastGoodPoll) {

        static Sample take(ServiceProcess ingest, ServiceEndpoints endpoints, String goodPoll) throws IOException {
            int ready = endpoints.get("/q/health/ready").statusCode();
            String metrics = endpoints.metrics();
            long rss = ProcStatus.kilobytes(ingest.pid(), "VmRSS") * 1024;
            return new Sample(Instant.now(), ready, heapInUse(metrics), rss,
                    ServiceEndpoints.valueIn(metrics, goodPoll).map(Double::longValue).orElse(0L));
        }
    }

    /** Reads memory figures of a process from Linux's {@code /proc/<pid>/status}. */
    private static final class ProcStatus {

        static long kilobytes(long pid, String field) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
                }
            }
            throw new IllegalStateException(field + " missing from /proc/" + pid + "/status");
        }
    }
}
