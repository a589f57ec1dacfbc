package io.statewire.local.sample;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A well-behaved press room on a loopback address that publishes when told to: an RSS feed at
 * {@code /press/rss.xml} with the newest {@value #FEED_SIZE} releases (newest first, as real press rooms cap their
 * feeds; with their whole text when started with {@link FeedContent#FULL}) and a page per release, old ones
 * included; {@link #publish} makes a release visible to the next request and says when that was, so that a test or
 * a benchmark can measure from that moment.
 */
public final class PressRoom implements AutoCloseable {

    static final int FEED_SIZE = 50;

    private final HttpServer server;
    private final FeedContent feedContent;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final List<SampleRelease> published = new CopyOnWriteArrayList<>();

    private PressRoom(HttpServer server, FeedContent feedContent) {
        this.server = server;
        this.feedContent = feedContent;
    }

    /** Starts an empty press room on {@code host} (e.g. 127.0.0.1, or 127.0.0.2 for a second host) and a free port. */
    public static PressRoom start(String host) throws IOException {
        return start(host, FeedContent.SUMMARY);
    }

    /**
     * Starts an empty press room on {@code host} and a free port whose feed carries what {@code feedContent} says:
     * with {@link FeedContent#FULL}, each release's whole text ({@code content:encoded}).
     */
    public static PressRoom start(String host, FeedContent feedContent) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        PressRoom room = new PressRoom(server, feedContent);
        server.createContext("/", room::handle);
        server.setExecutor(room.executor);
        server.start();
        return room;
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    public String feedUrl() {
        return baseUrl() + "/press/rss.xml";
    }

    /** Makes {@code release} visible on the feed and its page; returns the moment it became visible. */
    public Instant publish(SampleRelease release) {
        published.add(release);
        return Instant.now();
    }

    /** The releases published so far, oldest first. */
    public List<SampleRelease> published() {
        return List.copyOf(published);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.equals("/press/rss.xml")) {
                List<SampleRelease> newestFirst = new ArrayList<>(published.subList(
                        Math.max(0, published.size() - FEED_SIZE), published.size()));
                Collections.reverse(newestFirst);
                TextResponse.send(exchange, 200, "application/rss+xml", SamplePages.rss(baseUrl(), newestFirst,
                        feedContent));
                return;
            }
            Optional<SampleRelease> release = SamplePages.releaseAt(path, published);
            if (release.isPresent()) {
                TextResponse.send(exchange, 200, "text/html", SamplePages.articlePage(release.get()));
            } else {
                TextResponse.send(exchange, 404, "text/plain", "not found: " + path);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
