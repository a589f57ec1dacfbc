package io.statewire.ingest;

import com.sun.net.httpserver.HttpExchange;
import io.statewire.local.sample.FeedContent;
import io.statewire.local.sample.SamplePages;
import io.statewire.local.sample.SampleRelease;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A press site on a real loopback HTTP server for tests of full-text feeds: an RSS feed with each release's whole
 * text at {@code /press/rss.xml}, the same releases without it at {@code /press/summary.xml}, a page per release
 * ({@link SamplePages}), and a count of the requests for each path. A test adds releases and edits them while the
 * site runs.
 */
public final class FullTextSite implements AutoCloseable {

    public static final String FULL_FEED = "/press/rss.xml";
    public static final String SUMMARY_FEED = "/press/summary.xml";

    private final LoopbackServer server = LoopbackServer.start();
    private final Map<String, SampleRelease> releases = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    private FullTextSite() {
        server.handle("/", this::serve);
    }

    public static FullTextSite start() {
        return new FullTextSite();
    }

    public String baseUrl() {
        return server.url("").toString();
    }

    public String feedUrl() {
        return baseUrl() + FULL_FEED;
    }

    public String summaryFeedUrl() {
        return baseUrl() + SUMMARY_FEED;
    }

    public String pageUrl(String id) {
        return baseUrl() + SamplePages.releasePath(id);
    }

    /** Adds {@code release} to the feeds and its page, or replaces the release of the same id (an edit). */
    public synchronized void put(SampleRelease release) {
        releases.put(release.id(), release);
    }

    /** Takes the release {@code id} off the site: off the feeds, and its page gone. */
    public synchronized void remove(String id) {
        releases.remove(id);
    }

    /** Requests this site answered for {@code path}, whatever the answer. */
    public int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        List<SampleRelease> now = current();
        if (path.equals(FULL_FEED) || path.equals(SUMMARY_FEED)) {
            FeedContent content = path.equals(FULL_FEED) ? FeedContent.FULL : FeedContent.SUMMARY;
            LoopbackServer.respond(exchange, 200, "application/rss+xml", SamplePages.rss(baseUrl(), now, content));
            return;
        }
        Optional<SampleRelease> release = SamplePages.releaseAt(path, now);
        if (release.isPresent()) {
            LoopbackServer.respond(exchange, 200, "text/html; charset=utf-8", SamplePages.articlePage(release.get()));
        } else {
            LoopbackServer.respond(exchange, 404, "text/plain", "not found: " + path);
        }
    }

    private synchronized List<SampleRelease> current() {
        return new ArrayList<>(releases.values());
    }

    @Override
    public void close() {
        server.close();
    }
}
