package io.statewire.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.statewire.local.sample.SamplePages;
import io.statewire.local.sample.SampleRelease;
import io.statewire.local.sample.TextResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A press site of many generated releases on 127.0.0.1 (JDK HTTP server), in the sample site's layout: an RSS feed
 * at {@code /press/rss.xml} listing every release and an article page per release, each of a few unique
 * paragraphs ({@link ParagraphGenerator}). Each article answers after {@code pageDelay}, as a real server takes its
 * time, so that a crawl of the site lasts long enough to be interrupted. Counts the requests for each article.
 */
final class GeneratedSite implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<SampleRelease> releases;
    private final Map<String, SampleRelease> byPath = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> articleRequests = new ConcurrentHashMap<>();
    private final Duration pageDelay;

    private GeneratedSite(HttpServer server, List<SampleRelease> releases, Duration pageDelay) {
        this.server = server;
        this.releases = releases;
        this.pageDelay = pageDelay;
        releases.forEach(release -> byPath.put(SamplePages.releasePath(release.id()), release));
    }

    /** Serves {@code count} releases of {@code paragraphs} paragraphs each on a free port. */
    static GeneratedSite start(int count, int paragraphs, Duration pageDelay) throws IOException {
        ParagraphGenerator generator = new ParagraphGenerator(ParagraphGenerator.SEED);
        List<SampleRelease> releases = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < count; i++) {
            List<String> texts = new ArrayList<>();
            for (int p = 0; p < paragraphs; p++) {
                texts.add(generator.paragraph(number++));
            }
            String published = String.format("2026-11-%02dT%02d:%02d:00+03:00", 1 + i / 1440 % 28, i / 60 % 24, i % 60);
            releases.add(new SampleRelease(Integer.toString(10_000 + i), "Statement on the agenda, part " + i,
                    published, List.of("Generated"), texts));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        GeneratedSite site = new GeneratedSite(server, releases, pageDelay);
        server.createContext("/", site::handle);
        server.setExecutor(site.executor);
        server.start();
        return site;
    }

    /** Every paragraph of every release: what must come out as statements, each exactly once. */
    List<String> paragraphs() {
        return releases.stream().flatMap(r -> r.paragraphs().stream()).toList();
    }

    int releases() {
        return releases.size();
    }

    /** Articles requested at least once so far. */
    int articlesFetched() {
        return articleRequests.size();
    }

    /** Articles requested more than once so far. */
    long articlesFetchedAgain() {
        return articleRequests.values().stream().filter(count -> count.get() > 1).count();
    }

    /** Writes a sources file that watches this site's feed under {@code sourceId}, polled every {@code interval}. */
    Path writeSources(Path file, String sourceId, String interval) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, """
                sources:
                  - id: %s
                    profile: rss
                    feed-url: http://127.0.0.1:%d/press/rss.xml
                    language: en
                    poll-interval: %s
                    allow-private-network: true
                """.formatted(sourceId, server.getAddress().getPort(), interval));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.equals("/press/rss.xml")) {
                TextResponse.send(exchange, 200, "application/rss+xml",
                        SamplePages.rss("http://127.0.0.1:" + server.getAddress().getPort(), releases));
                return;
            }
            SampleRelease release = byPath.get(path);
            if (release == null) {
                TextResponse.send(exchange, 404, "text/plain", "not found: " + path);
                return;
            }
            articleRequests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            try {
                Thread.sleep(pageDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            TextResponse.send(exchange, 200, "text/html", SamplePages.articlePage(release));
        }
    }


    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
