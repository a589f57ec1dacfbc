package io.statewire.bench.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.statewire.local.sample.SamplePages;
import io.statewire.local.sample.SampleRelease;
import io.statewire.local.sample.TextResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The press site of the ingest benchmark, on 127.0.0.1: {@code releases} article pages rendered with the bundled
 * sample site's templates ({@link SamplePages}) from its seven release texts in turn, shared out over
 * {@code feeds} RSS feeds ({@code /feeds/<n>/rss.xml}); no robots.txt (404: everything allowed). Pages are rendered
 * once, at start, so serving costs the same in every run.
 * <p>
 * A feed request is held until {@link #open()}: a run starts its fetchers, waits until every feed has been asked
 * for ({@link #awaitFeedRequests}) and then opens the site, so that its clock starts with the first page and not
 * with the fetchers' start-up. {@link #hold()} closes the site again for the next run.
 */
public final class GatedPressSite implements AutoCloseable {

    private static final List<String> TEXTS = List.of("1001", "1002", "1003", "1004", "1005", "1005.continued", "1006");
    private static final Duration GATE_LIMIT = Duration.ofMinutes(5);

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, byte[]> pages = new HashMap<>();
    private final List<String> feeds = new ArrayList<>();
    private final AtomicInteger feedRequests = new AtomicInteger();
    private final AtomicInteger pagesServed = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(1);

    private GatedPressSite(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static GatedPressSite start(int releases, int feedCount) throws IOException {
        // without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK, and
        // every page waits about 40 ms: the benchmark would measure that wait (read once, at the first server)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        ExecutorService executor = Executors.newFixedThreadPool(feedCount + 8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        GatedPressSite site = new GatedPressSite(server, executor);
        site.render(releases, feedCount);
        server.createContext("/", site::handle);
        server.setExecutor(executor);
        server.start();
        return site;
    }

    private void render(int releases, int feedCount) {
        List<SampleRelease> texts = TEXTS.stream().map(name -> SampleRelease.load(name, name + ".txt")).toList();
        List<List<SampleRelease>> perFeed = new ArrayList<>();
        for (int f = 0; f < feedCount; f++) {
            perFeed.add(new ArrayList<>());
        }
        for (int i = 0; i < releases; i++) {
            SampleRelease text = texts.get(i % texts.size());
            SampleRelease release = new SampleRelease(Integer.toString(100_001 + i), text.title(), text.publishedAt(),
                    text.tags(), text.paragraphs());
            pages.put(SamplePages.releasePath(release.id()), SamplePages.articlePage(release)
                    .getBytes(StandardCharsets.UTF_8));
            perFeed.get(i % feedCount).add(release);
        }
        for (List<SampleRelease> feed : perFeed) {
            feeds.add(SamplePages.rss(baseUrl(), feed));
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<URI> feedUrls() {
        List<URI> urls = new ArrayList<>();
        for (int f = 0; f < feeds.size(); f++) {
            urls.add(URI.create(baseUrl() + "/feeds/" + f + "/rss.xml"));
        }
        return urls;
    }

    /** The mean size of an article page, in bytes. */
    public double meanPageBytes() {
        return pages.values().stream().mapToInt(page -> page.length).average().orElse(0);
    }

    /** Waits until every feed has been asked for since the last {@link #hold()}. */
    public void awaitFeedRequests(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (feedRequests.get() < feeds.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(feedRequests.get() + " of " + feeds.size() + " feeds asked for within "
                        + timeout);
            }
            Thread.sleep(10);
        }
    }

    /** Lets the held feed requests, and all that follow, through. */
    public void open() {
        gate.countDown();
    }

    /** Holds feed requests again and starts counting anew. */
    public void hold() {
        gate = new CountDownLatch(1);
        feedRequests.set(0);
        pagesServed.set(0);
    }

    /** Article pages served since the last {@link #hold()}. */
    public int pagesServed() {
        return pagesServed.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.startsWith("/feeds/") && path.endsWith("/rss.xml")) {
                serveFeed(exchange, path);
            } else if (pages.containsKey(path)) {
                pagesServed.incrementAndGet();
                byte[] page = pages.get(path);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
            } else {
                TextResponse.send(exchange, 404, "text/plain", "not found: " + path);
            }
        }
    }

    private void serveFeed(HttpExchange exchange, String path) throws IOException {
        int number;
        try {
            number = Integer.parseInt(path.substring("/feeds/".length(), path.length() - "/rss.xml".length()));
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 0 || number >= feeds.size()) {
            TextResponse.send(exchange, 404, "text/plain", "no such feed: " + path);
            return;
        }
        feedRequests.incrementAndGet();
        try {
            if (!gate.await(GATE_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                TextResponse.send(exchange, 503, "text/plain", "the benchmark did not open the site");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        TextResponse.send(exchange, 200, "application/rss+xml", feeds.get(number));
    }

    @Override
    public void close() {
        gate.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
