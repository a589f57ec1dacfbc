package io.statewire.bench.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statewire.local.sample.PressRoom;
import io.statewire.local.sample.SampleRelease;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * A long run at ten times the latency run's load (one release every 2 s on average, so five per second):
 * {@code sites} more press rooms, each on a loopback host of its own (127.0.0.2, 127.0.0.3, ...: politeness is per
 * host), sharing that rate, each publishing at random gaps around its mean. New pages and re-checks then take about
 * half of the one request per second a host allows by default, the feed the rest, so ingest-service can keep up. Every
 * minute it prints each service's heap after a full collection, dedup-service's state on disk and its unique
 * passages, the releases ingest-service forgot, and how many of the releases published so far have statements; at
 * the end, the first half against the second.
 */
final class Soak {

    private static final List<String> MODULES = List.of("classify-service", "dedup-service", "ingest-service");
    private static final double RELEASES_PER_SECOND = 5.0;
    /**
     * Retentions short enough for what ingest-service and dedup-service keep to reach its steady size within the
     * run (by default both keep things for 180 days, and so grow for that long): a room's feed shows its newest 50
     * releases, about 160 s of them, so ingest-service remembers about 280 s of releases; dedup-service 5 minutes of
     * passages.
     */
    private static final Map<String, String> INGEST_RETENTION = Map.of("statewire.ingest.release-retention", "PT2M");
    private static final Map<String, String> DEDUP_RETENTION = Map.of("statewire.dedup.retention", "PT5M",
            "statewire.dedup.purge-interval", "PT30S");

    private final PipelineServices services;
    private final BenchReleases releases;
    private final Arrivals arrivals;
    private final Path work;
    private final String run;
    private final List<String> publishedUrls = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    Soak(PipelineServices services, BenchReleases releases, Arrivals arrivals, Path work, String run) {
        this.services = services;
        this.releases = releases;
        this.arrivals = arrivals;
        this.work = work;
        this.run = run;
    }

    /**
     * Runs the soak: ingest-service restarted with {@code ingestSettings} for the soak's sources file, dedup-service
     * with {@code dedupSettings}, each with the soak's retentions on top.
     */
    void run(List<SourcesFile.Feed> latencyFeeds, int sites, Duration duration,
            Function<Path, Map<String, String>> ingestSettings, Map<String, String> dedupSettings) throws Exception {
        List<PressRoom> rooms = new ArrayList<>();
        ScheduledExecutorService publishers = Executors.newScheduledThreadPool(2);
        try {
            List<SourcesFile.Feed> feeds = new ArrayList<>(latencyFeeds);
            for (int i = 0; i < sites; i++) {
                PressRoom room = PressRoom.start("127.0.0." + (i + 2));
                rooms.add(room);
                feeds.add(new SourcesFile.Feed(room.feedUrl(), false));
            }
            Path sources = SourcesFile.write(work.resolve("soak-sources.yaml"), run + "-soak", feeds,
                    Duration.ofSeconds(1));
            services.restart("dedup-service", with(dedupSettings, DEDUP_RETENTION));
            services.restart("ingest-service", with(ingestSettings.apply(sources), INGEST_RETENTION));
            long meanGapMillis = Math.round(sites * 1000 / RELEASES_PER_SECOND);
            for (int i = 0; i < rooms.size(); i++) {
                keepPublishing(publishers, rooms.get(i), "soak" + i, new Random(i), new int[] {0}, meanGapMillis);
            }
            System.out.printf("soak: %d press rooms, %.0f releases/s in all (one every %.1f s +-1 s each), for %s;"
                    + " retentions %s, %s%n", sites, RELEASES_PER_SECOND, meanGapMillis / 1000.0, duration,
                    INGEST_RETENTION, DEDUP_RETENTION);
            List<Sample> samples = new ArrayList<>();
            long end = System.nanoTime() + duration.toNanos();
            for (int minute = 1; System.nanoTime() < end; minute++) {
                Thread.sleep(Math.min(60_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                samples.add(sample(minute));
            }
            publishers.shutdownNow();
            printDrained();
            // the first half against the second (medians: one sample can catch a poll's pages in flight)
            int half = samples.size() / 2;
            List<Sample> first = samples.subList(0, half);
            List<Sample> second = samples.subList(half, samples.size());
            for (int i = 0; i < MODULES.size(); i++) {
                int service = i;
                ToLongFunction<Sample> heap = s -> s.heaps()[service];
                System.out.printf("soak: %-16s heap after GC, median of minutes 1-%d %5.1f MiB, of minutes %d-%d"
                        + " %5.1f MiB, highest %5.1f MiB%n", MODULES.get(i), half, mib(median(first, heap)),
                        half + 1, samples.size(), mib(median(second, heap)),
                        mib(samples.stream().mapToLong(heap).max().orElse(0)));
            }
            System.out.printf("soak: dedup state on disk, median of minutes 1-%d %5.1f MiB, of minutes %d-%d"
                    + " %5.1f MiB; ingest forgot %d releases%n", half, mib(median(first, Sample::dedupState)),
                    half + 1, samples.size(), mib(median(second, Sample::dedupState)),
                    samples.get(samples.size() - 1).ingestForgotten());
        } finally {
            publishers.shutdownNow();
            rooms.forEach(PressRoom::close);
        }
    }

    private void keepPublishing(ScheduledExecutorService publishers, PressRoom room, String site, Random random,
            int[] number, long meanGapMillis) {
        publishers.schedule(() -> {
            SampleRelease release = releases.release(site + "-" + run, ++number[0]);
            room.publish(release);
            publishedUrls.add(PipelineBench.url(room, release));
            keepPublishing(publishers, room, site, random, number, meanGapMillis);
        }, meanGapMillis - 1000 + random.nextInt(2000), TimeUnit.MILLISECONDS);
    }

    /** Once publishing stopped: how long until every release published has statements (at most two minutes). */
    private void printDrained() throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(2).toNanos();
        while (withStatements() < publishedUrls.size() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        System.out.printf("soak: publishing stopped; %d of %d releases have statements %.1f s later%n",
                withStatements(), publishedUrls.size(), (System.nanoTime() - start) / 1e9);
    }

    private long withStatements() {
        return publishedUrls.stream().filter(url -> arrivals.firstFor(url).isPresent()).count();
    }

    /** One minute's figures: each service's heap after GC (in {@link #MODULES} order), dedup's state and more. */
    private record Sample(long[] heaps, long dedupState, long dedupUnique, long ingestForgotten) {
    }

    /** Takes this minute's {@link Sample} and prints it as one line. */
    private Sample sample(int minute) throws Exception {
        long[] heaps = new long[MODULES.size()];
        for (int i = 0; i < MODULES.size(); i++) {
            heaps[i] = HeapAfterGc.of(services.process(MODULES.get(i)).pid());
        }
        Sample sample = new Sample(heaps, sizeOf(work.resolve("dedup-state")), dedupUnique(), ingestForgotten());
        long withStatements = withStatements();
        System.out.printf("soak: minute %3d: heap after GC classify %5.1f, dedup %5.1f, ingest %5.1f MiB;"
                + " dedup state %6.1f MiB, %d unique passages so far; ingest forgot %d releases so far;"
                + " %d of %d releases with statements%n", minute, mib(heaps[0]), mib(heaps[1]), mib(heaps[2]),
                mib(sample.dedupState()), sample.dedupUnique(), sample.ingestForgotten(), withStatements,
                publishedUrls.size());
        return sample;
    }

    private long dedupUnique() throws IOException, InterruptedException {
        JsonNode stats = new ObjectMapper().readTree(get("dedup-service", "/stats"));
        return stats.path("unique").asLong();
    }

    /** The sum of ingest-service's {@code statewire_ingest_releases_forgotten_total} over its sources. */
    private long ingestForgotten() throws IOException, InterruptedException {
        return Math.round(get("ingest-service", "/q/metrics").lines()
                .filter(line -> line.startsWith("statewire_ingest_releases_forgotten_total{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum());
    }

    private String get(String module, String path) throws IOException, InterruptedException {
        int port = services.process(module).httpPort();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static Map<String, String> with(Map<String, String> settings, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(settings);
        all.putAll(more);
        return all;
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        }
    }

    private static long median(List<Sample> samples, ToLongFunction<Sample> value) {
        long[] sorted = samples.stream().mapToLong(value).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
