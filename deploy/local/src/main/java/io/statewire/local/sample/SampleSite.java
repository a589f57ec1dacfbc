package io.statewire.local.sample;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bundled sample press site, served on 127.0.0.1: a list page at {@code /press/}, an RSS feed at
 * {@code /press/rss.xml} and six releases, one of whose text appears twice and one of which ("To be
 * continued...") grows into a full transcript {@code growAfter} after its page was first served (so that a
 * reader always sees the first version, however late it starts).
 */
public final class SampleSite implements AutoCloseable {

    static final String GROWING_ID = "1005";
    private static final List<String> IDS = List.of("1006", GROWING_ID, "1004", "1003", "1002", "1001");

    private final HttpServer server;
    private final Duration growAfter;
    private final SampleRelease grown;
    /** When the growing release's page was first served (0: not yet): it grows {@code growAfter} later. */
    private final AtomicLong firstServedNanos = new AtomicLong();

    private SampleSite(HttpServer server, Duration growAfter) {
        this.server = server;
        this.growAfter = growAfter;
        this.grown = SampleRelease.load(GROWING_ID, GROWING_ID + ".continued.txt");
    }

    /** Starts the site on {@code port} (0: any free port). */
    public static SampleSite start(int port, Duration growAfter) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        SampleSite site = new SampleSite(server, growAfter);
        server.createContext("/", site::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return site;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String feedUrl() {
        return baseUrl() + "/press/rss.xml";
    }

    public String listUrl() {
        return baseUrl() + "/press/";
    }

    /** Writes a sources file that watches this site's feed every second under {@code sourceId}; returns the file. */
    public Path writeSources(Path file, String sourceId) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, """
                sources:
                  - id: %s
                    profile: rss
                    feed-url: %s
                    language: en
                    poll-interval: 1s
                    allow-private-network: true
                """.formatted(sourceId, feedUrl()));
    }

    /** The releases as served now. */
    public List<SampleRelease> releases() {
        long firstServed = firstServedNanos.get();
        boolean hasGrown = firstServed != 0 && System.nanoTime() - firstServed >= growAfter.toNanos();
        return IDS.stream()
                .map(id -> id.equals(GROWING_ID) && hasGrown ? grown : SampleRelease.load(id, id + ".txt"))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                TextResponse.send(exchange, 405, "text/plain", "GET only");
            } else if (path.equals("/")) {
                exchange.getResponseHeaders().add("Location", "/press/");
                exchange.sendResponseHeaders(302, -1);
            } else if (path.equals("/press/")) {
                TextResponse.send(exchange, 200, "text/html", SamplePages.listPage(releases()));
            } else if (path.equals("/press/rss.xml")) {
                TextResponse.send(exchange, 200, "application/rss+xml", SamplePages.rss(baseUrl(), releases()));
            } else {
                Optional<SampleRelease> release = SamplePages.releaseAt(path, releases());
                if (release.isPresent()) {
                    if (release.get().id().equals(GROWING_ID)) {
                        firstServedNanos.compareAndSet(0, System.nanoTime());
                    }
                    TextResponse.send(exchange, 200, "text/html", SamplePages.articlePage(release.get()));
                } else {
                    TextResponse.send(exchange, 404, "text/plain", "not found: " + path);
                }
            }
        }
    }


    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** {@code SampleSite [--port N] [--grow-after SECONDS]}: serves the site until stopped. */
    public static void main(String[] args) throws IOException {
        int port = 8090;
        long growAfter = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--grow-after" -> growAfter = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("usage: SampleSite [--port N] [--grow-after SECONDS]");
                    System.exit(2);
                }
            }
        }
        SampleSite site;
        try {
            site = start(port, Duration.ofSeconds(growAfter));
        } catch (java.net.BindException e) {
            System.err.println("sample site: port " + port + " is already in use");
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(site::close));
        System.out.println("sample press site at " + site.listUrl() + " (feed " + site.feedUrl() + ")");
    }
}
