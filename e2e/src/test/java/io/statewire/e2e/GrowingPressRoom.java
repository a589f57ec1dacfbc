package io.statewire.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.statewire.local.sample.SamplePages;
import io.statewire.local.sample.SampleRelease;
import io.statewire.local.sample.TextResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A well-behaved press room on 127.0.0.1 that keeps publishing: it starts with {@code initial} releases and adds
 * one every {@code every} until it has {@code total}, each with a text of its own (the sample site's releases with a
 * numbered opening paragraph). Serves an RSS feed at {@code /press/rss.xml}, newest first, and the release pages.
 */
final class GrowingPressRoom implements AutoCloseable {

    private static final List<String> TEMPLATES = List.of("1001", "1002", "1003", "1004", "1006");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final List<SampleRelease> all = new ArrayList<>();
    private final int initial;
    private final Duration every;
    private final long startNanos = System.nanoTime();

    private GrowingPressRoom(HttpServer server, int initial, int total, Duration every) {
        this.server = server;
        this.initial = initial;
        this.every = every;
        OffsetDateTime first = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.ofHours(3));
        for (int number = 1; number <= total; number++) {
            SampleRelease template = SampleRelease.load("t", TEMPLATES.get(number % TEMPLATES.size()) + ".txt");
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add("Release number " + number + " of the growing press room, issued while hostile sites "
                    + "misbehave elsewhere, opens with this sentence of its own.");
            paragraphs.addAll(template.paragraphs());
            all.add(new SampleRelease(String.valueOf(3000 + number), template.title() + " (no. " + number + ")",
                    first.plusHours(number).toString(), template.tags(), paragraphs));
        }
    }

    static GrowingPressRoom start(int initial, int total, Duration every) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        GrowingPressRoom room = new GrowingPressRoom(server, initial, total, every);
        server.createContext("/", room::handle);
        server.setExecutor(room.executor);
        server.start();
        return room;
    }

    String feedUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/press/rss.xml";
    }

    /** The releases published so far, oldest first. */
    List<SampleRelease> published() {
        long grown = (System.nanoTime() - startNanos) / every.toNanos();
        return all.subList(0, (int) Math.min(all.size(), initial + grown));
    }

    /** Whether every release is out. */
    boolean complete() {
        return published().size() == all.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            List<SampleRelease> releases = published();
            if (path.equals("/press/rss.xml")) {
                String base = "http://127.0.0.1:" + server.getAddress().getPort();
                List<SampleRelease> newestFirst = new ArrayList<>(releases);
                Collections.reverse(newestFirst);
                TextResponse.send(exchange, 200, "application/rss+xml", SamplePages.rss(base, newestFirst));
                return;
            }
            Optional<SampleRelease> release = releases.stream()
                    .filter(r -> path.equals(SamplePages.releasePath(r.id()))).findFirst();
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
