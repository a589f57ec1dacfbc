package io.statewire.bench;

import io.statewire.bench.ingest.ArrivalCounter;
import io.statewire.bench.ingest.GatedPressSite;
import io.statewire.bench.ingest.PassThroughFetcher;
import io.statewire.contracts.Topics;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.ServiceProcess;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * ingest-service's throughput against a pass-through fetcher, one run on one broker: both read the same
 * {@code RELEASES} pages ({@link GatedPressSite}: the sample site's article pages, listed in four RSS feeds on a
 * local HTTP server) and publish one record per page; printed as releases per second and their ratio, on lines
 * starting with {@code ingest-throughput:}.
 * <p>
 * What makes the comparison fair:
 * <ul>
 *   <li>Same work in and out: the same pre-rendered pages from the same server, one record per page on a topic of
 *       three partitions on the same broker, counted the same way (read_committed, as the pipeline reads).</li>
 *   <li>Same concurrency: four fetching threads. ingest-service polls up to four sources at once, one thread each,
 *       so it watches four sources, one per feed; the pass-through runs one thread per feed.</li>
 *   <li>Same delivery: each thread waits until its page's record is acknowledged (acks=all, idempotent, lz4: the
 *       producer settings of ingest-service's {@code releases-out} channel) before it fetches the next page, as
 *       ingest-service waits for each release's commit.</li>
 *   <li>Same clock: the site holds the feeds until every fetcher has asked for its feed (ingest-service after it is
 *       ready: in the group, release state read back), so the time runs from the first page to the moment the
 *       last record is readable; neither start-up counts.</li>
 *   <li>No politeness pauses: the four sources share one host, and the default one second between requests to a
 *       host would measure sleeping, so ingest-service runs with {@code statewire.ingest.min-host-delay=PT0S};
 *       it still reads robots.txt (missing: 404) once.</li>
 * </ul>
 * The ratio is against that pass-through. A pipelined pass-through (the same, not waiting for acknowledgements) is
 * printed too, with the ratio against it: the gap between the two pass-throughs is the price of waiting for each
 * record, which ingest-service pays by design (a release is remembered only once it is committed).
 * <p>
 * So the ratio prices what ingest-service does beyond fetching and publishing: extraction with the rss profile
 * (jsoup and the generic content scoring), the release JSON, change tracking, the release-state record and one
 * transaction per release, one at a time across its threads (one transactional producer). Not equal: ingest-service
 * runs in its own fresh JVM ({@code -Xmx256m}, JSON log line per release, as deployed), the pass-through inside the
 * benchmark's JVM, which also runs the broker and the site and is warmed up by one unmeasured pass-through run. The
 * second-half rates (from the middle record to the last) leave out most of the JIT warm-up of both.
 * <p>
 * {@code IngestThroughputBench [RELEASES]}, default 2000; run from {@code bench/} (it starts
 * {@code ../ingest-service/target/quarkus-app/quarkus-run.jar}). Uses {@code KAFKA_BOOTSTRAP_SERVERS} or an
 * in-process broker.
 */
public final class IngestThroughputBench {

    static final String PREFIX = "ingest-throughput: ";
    private static final int FEEDS = 4;
    private static final String PASS_THROUGH_TOPIC = "bench.ingest-passthrough";
    private static final Duration RUN_LIMIT = Duration.ofMinutes(15);

    private IngestThroughputBench() {
    }

    /** When a run's clock started, when half its records and when all had arrived ({@link System#nanoTime()}). */
    private record Timing(long start, long half, long end, int records) {

        double perSecond() {
            return records / ((end - start) / 1e9);
        }

        double secondHalfPerSecond() {
            return (records - records / 2) / ((end - half) / 1e9);
        }
    }

    public static void main(String[] args) throws Exception {
        BenchLogging.asInServices();
        int releases = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        if (releases < 2) {
            throw new IllegalArgumentException("RELEASES must be at least 2, not " + releases);
        }
        String bootstrap = KafkaBroker.bootstrapServers();
        List<String> topics = new ArrayList<>(Topics.PIPELINE);
        topics.add(PASS_THROUGH_TOPIC);
        KafkaBroker.createTopics(topics);
        try (GatedPressSite site = GatedPressSite.start(releases, FEEDS)) {
            System.out.printf(PREFIX + "input: %d releases, sample-site article pages of %,.0f bytes mean, in %d RSS "
                    + "feeds on a local HTTP server; %d fetching threads each; ingest-service with profile rss and "
                    + "min-host-delay 0%n", releases, site.meanPageBytes(), FEEDS, FEEDS);
            passThrough(bootstrap, site, releases, true);
            Timing passThrough = passThrough(bootstrap, site, releases, true);
            print("pass-through (fetch, publish the raw body keyed by URL, each acknowledged before the next fetch)",
                    passThrough);
            Timing pipelined = passThrough(bootstrap, site, releases, false);
            print("pass-through pipelined (the same, not waiting for acknowledgements)", pipelined);
            Timing ingest = ingest(bootstrap, site, releases);
            print("ingest-service (extract, publish release and state in one transaction each)", ingest);
            System.out.printf(PREFIX + "ratio ingest-service / pass-through: %.2f (second halves: %.2f); "
                    + "against pipelined: %.2f%n", ingest.perSecond() / passThrough.perSecond(),
                    ingest.secondHalfPerSecond() / passThrough.secondHalfPerSecond(),
                    ingest.perSecond() / pipelined.perSecond());
        }
        KafkaBroker.stopInProcess();
    }

    private static Timing passThrough(String bootstrap, GatedPressSite site, int releases, boolean awaitEachAck)
            throws Exception {
        site.hold();
        try (ArrivalCounter counter = ArrivalCounter.atEndOf(bootstrap, PASS_THROUGH_TOPIC);
                PassThroughFetcher fetcher = new PassThroughFetcher(bootstrap, PASS_THROUGH_TOPIC, awaitEachAck)) {
            CompletableFuture<Void> run = fetcher.start(site.feedUrls());
            Runnable failFast = () -> {
                if (run.isCompletedExceptionally()) {
                    run.join();
                }
            };
            Timing timing = measure(site, counter, releases, failFast);
            run.join();
            checkPages(site, releases, "pass-through");
            return timing;
        }
    }

    private static Timing ingest(String bootstrap, GatedPressSite site, int releases) throws Exception {
        site.hold();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path sources = writeSources(site.feedUrls(), run);
        Map<String, String> settings = Map.of("kafka.bootstrap.servers", bootstrap,
                "statewire.sources", sources.toString(),
                "statewire.instance", "bench-" + run,
                "statewire.ingest.group.id", "bench-ingest-" + run,
                "statewire.ingest.min-host-delay", "PT0S");
        try (ArrivalCounter counter = ArrivalCounter.atEndOf(bootstrap, Topics.RELEASES);
                ServiceProcess service = ServiceProcess.start("ingest-service", settings)) {
            service.awaitReady(Duration.ofSeconds(120));
            Timing timing = measure(site, counter, releases, () -> {
                if (!service.isAlive()) {
                    throw new IllegalStateException("ingest-service stopped; see target/service-logs");
                }
            });
            checkPages(site, releases, "ingest-service");
            return timing;
        }
    }

    /** Opens the site once every feed is asked for; times the arrival of half and of all the records. */
    private static Timing measure(GatedPressSite site, ArrivalCounter counter, int releases, Runnable failFast)
            throws InterruptedException {
        site.awaitFeedRequests(Duration.ofSeconds(60));
        long start = System.nanoTime();
        site.open();
        long half = counter.await(releases / 2, RUN_LIMIT, failFast);
        long end = counter.await(releases, RUN_LIMIT, failFast);
        return new Timing(start, half, end, releases);
    }

    private static void checkPages(GatedPressSite site, int releases, String who) {
        if (site.pagesServed() != releases) {
            throw new IllegalStateException(who + " fetched " + site.pagesServed() + " pages, not " + releases);
        }
    }

    /** One source per feed, polled once within the run (interval 1 h). */
    private static Path writeSources(List<URI> feeds, String run) throws Exception {
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (int f = 0; f < feeds.size(); f++) {
            yaml.append("""
                      - id: bench-%s-%d
                        profile: rss
                        feed-url: %s
                        language: en
                        poll-interval: 1h
                        allow-private-network: true
                    """.formatted(run, f, feeds.get(f)));
        }
        Path file = Path.of("target", "bench-ingest", "sources-" + run + ".yaml").toAbsolutePath();
        Files.createDirectories(file.getParent());
        return Files.writeString(file, yaml);
    }

    private static void print(String what, Timing timing) {
        System.out.printf(PREFIX + "%s: %,.0f releases/s (second half %,.0f/s)%n", what, timing.perSecond(),
                timing.secondHalfPerSecond());
    }
}
