package io.statewire.bench.pipeline;

import io.statewire.bench.BenchLogging;
import io.statewire.bench.ClassifyBench;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Statement;
import io.statewire.contracts.Topics;
import io.statewire.local.sample.FeedContent;
import io.statewire.local.sample.PressRoom;
import io.statewire.local.sample.SamplePages;
import io.statewire.local.sample.SampleRelease;
import io.statewire.testing.KafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The whole pipeline under a steady trickle of releases, one run on one broker: the three packaged services (JVM
 * options as deployed), a local press room publishing a release every 1.5 to 2.5 s (at random, so that releases
 * land anywhere in ingest-service's poll cycle) and a reader of {@code press.statements}. Prints
 * <ul>
 *   <li>each service's time to ready (process start to {@code /q/health/ready} 200, started one at a time);</li>
 *   <li>end-to-end latency, from the moment a release is on the site's feed to its first statement on
 *   {@code press.statements} (read_committed): p50, p95, p99 and max, with a 1-second poll interval, for a feed of
 *   summaries with the default politeness (1 s between two requests to one host: the feed, then the page) and with
 *   0.25 s, and for a full-text feed ({@code feed-content: full}: no page to fetch) with the default politeness;</li>
 *   <li>each service's highest resident memory (VmRSS) over the run;</li>
 *   <li>with {@code --soak DURATION}: ten times the load (five releases a second) from sixteen more press rooms
 *   on sixteen loopback hosts, and every minute each service's heap after a full collection, dedup-service's state on
 *   disk and the releases ingest-service forgot, to show that they stay flat once the retentions (short ones for the
 *   soak, see {@link Soak}) come into play.</li>
 * </ul>
 * {@code PipelineBench [--releases N] [--soak 30m]} (default 40 releases per latency run); run from {@code bench/}.
 */
public final class PipelineBench {

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration AT_MOST = Duration.ofSeconds(60);
    private static final int SOAK_SITES = 16;
    /** A host of its own for the full-text press room, as politeness is per host. */
    private static final String FULL_TEXT_HOST = "127.0.0.100";

    private final String bootstrap;
    private final String run = "pipeline-" + UUID.randomUUID().toString().substring(0, 8);
    private final Path work;
    private final BenchReleases releases;
    private final Random pacing = new Random(7);
    private final PipelineServices services = new PipelineServices();
    private int published;

    private PipelineBench(String bootstrap) throws Exception {
        this.bootstrap = bootstrap;
        this.work = Files.createDirectories(Path.of("target", run)).toAbsolutePath();
        this.releases = new BenchReleases(ClassifyBench.passages(Path.of("../classify-service/src/test/resources/evaluation")));
    }

    public static void main(String[] args) throws Exception {
        BenchLogging.asInServices();
        int count = 40;
        Duration soak = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--releases" -> count = Integer.parseInt(args[++i]);
                case "--soak" -> soak = Duration.parse("PT" + args[++i].toUpperCase());
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: PipelineBench [--releases N] [--soak 30m]");
            }
        }
        String bootstrap = KafkaBroker.bootstrapServers();
        KafkaBroker.createTopics(Topics.PIPELINE);
        new PipelineBench(bootstrap).run(count, soak);
        KafkaBroker.stopInProcess();
    }

    private void run(int count, Duration soak) throws Exception {
        try (PressRoom site = PressRoom.start("127.0.0.1");
                PressRoom fullTextSite = PressRoom.start(FULL_TEXT_HOST, FeedContent.FULL);
                Arrivals releasesOut = Arrivals.watch(bootstrap, Topics.RELEASES, JsonSerde.releases().deserializer(),
                        PressRelease::url);
                Arrivals arrivals = Arrivals.watch(bootstrap, Topics.STATEMENTS, JsonSerde.statements().deserializer(),
                        Statement::url);
                services) {
            List<SourcesFile.Feed> feeds = List.of(new SourcesFile.Feed(site.feedUrl(), false),
                    new SourcesFile.Feed(fullTextSite.feedUrl(), true));
            Path sources = SourcesFile.write(work.resolve("sources.yaml"), run, feeds, POLL);
            services.start("classify-service", Map.of("kafka.bootstrap.servers", bootstrap,
                    "mp.messaging.incoming.passages-in.group.id", run + "-classify", "statewire.instance", run));
            services.start("dedup-service", dedupSettings());
            services.start("ingest-service", ingestSettings(sources, "PT1S"));
            for (String module : List.of("classify-service", "dedup-service", "ingest-service")) {
                System.out.printf("ready: %-16s %5.1f s from process start to /q/health/ready%n", module,
                        services.readyAfter(module).toMillis() / 1000.0);
            }

            latency(site, releasesOut, arrivals, 3, null);
            latency(site, releasesOut, arrivals, count, "politeness 1 s (default), summary feed: page fetched");
            latency(fullTextSite, releasesOut, arrivals, 3, null);
            latency(fullTextSite, releasesOut, arrivals, count, "politeness 1 s (default), full-text feed");
            services.restart("ingest-service", ingestSettings(sources, "PT0.25S"));
            // a restarted ingest-service checks every release it knows again, a few per poll: let that pass first
            latency(site, releasesOut, arrivals, 8, null);
            latency(site, releasesOut, arrivals, count, "politeness 0.25 s, summary feed: page fetched");
            if (soak != null) {
                new Soak(services, releases, arrivals, work, run).run(feeds, SOAK_SITES, soak,
                        sourcesFile -> ingestSettings(sourcesFile, "PT1S"), dedupSettings());
            }
            for (String module : List.of("classify-service", "dedup-service", "ingest-service")) {
                System.out.printf("memory: %-16s peak resident %4d MiB (target <= 300 MB)%n", module,
                        services.peakRss(module) / (1024 * 1024));
            }
        }
    }

    private Map<String, String> dedupSettings() {
        return Map.of("kafka.bootstrap.servers", bootstrap, "quarkus.kafka-streams.application-id", run + "-dedup",
                "kafka-streams.state.dir", work.resolve("dedup-state").toString());
    }

    private Map<String, String> ingestSettings(Path sources, String minHostDelay) {
        return Map.of("kafka.bootstrap.servers", bootstrap, "statewire.sources", sources.toString(),
                "statewire.instance", run, "statewire.ingest.min-host-delay", minHostDelay);
    }

    /**
     * Publishes {@code count} releases on the site at random gaps and prints the latency to their first statements
     * (nothing printed when {@code label} is null: a warm-up).
     */
    private void latency(PressRoom site, Arrivals releasesOut, Arrivals arrivals, int count, String label)
            throws Exception {
        Map<String, Instant> appeared = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            SampleRelease release = releases.release(run, ++published);
            appeared.put(url(site, release), site.publish(release));
            Thread.sleep(1500 + pacing.nextInt(1000));
        }
        Instant deadline = Instant.now().plus(AT_MOST);
        while (Instant.now().isBefore(deadline)
                && !appeared.keySet().stream().allMatch(url -> arrivals.firstFor(url).isPresent())) {
            Thread.sleep(100);
        }
        List<Duration> latencies = new ArrayList<>();
        List<Duration> toRelease = new ArrayList<>();
        List<Duration> releaseToStatement = new ArrayList<>();
        appeared.forEach((url, at) -> arrivals.firstFor(url).ifPresent(first -> {
            latencies.add(Duration.between(at, first));
            releasesOut.firstFor(url).ifPresent(release -> {
                toRelease.add(Duration.between(at, release));
                releaseToStatement.add(Duration.between(release, first));
            });
        }));
        int missing = count - latencies.size();
        if (label == null) {
            if (missing > 0) {
                throw new IllegalStateException(missing + " warm-up releases gave no statement within " + AT_MOST);
            }
            return;
        }
        Percentiles p = Percentiles.of(latencies);
        System.out.printf("latency: poll 1 s, %-55s %d releases: p50 %.2f s, p95 %.2f s, p99 %.2f s, max %.2f s,"
                + " %d without a statement (targets p50 <= 1.5 s, p99 <= 3 s)%n", label + ",", count,
                seconds(p.at(50)), seconds(p.at(95)), seconds(p.at(99)), seconds(p.max()), missing);
        System.out.printf("latency:   of which on the site to %s p50 %.2f s, p99 %.2f s; %s to %s p50 %.2f s,"
                + " p99 %.2f s%n", Topics.RELEASES, seconds(Percentiles.of(toRelease).at(50)),
                seconds(Percentiles.of(toRelease).at(99)), Topics.RELEASES, Topics.STATEMENTS,
                seconds(Percentiles.of(releaseToStatement).at(50)), seconds(Percentiles.of(releaseToStatement).at(99)));
    }

    /** The release's URL as ingest-service publishes it (normalised: no trailing slash). */
    static String url(PressRoom site, SampleRelease release) {
        String path = SamplePages.releasePath(release.id());
        return site.baseUrl() + path.substring(0, path.length() - 1);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
