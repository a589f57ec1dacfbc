package io.statewire.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.statewire.local.sample.SamplePages;
import io.statewire.local.sample.SampleRelease;
import io.statewire.local.sample.TextResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A press site of one source on a loopback address (an RSS feed at {@code /press/rss.xml} and its articles), whose releases
 * a test adds while it runs. It answers every request after a short delay and records the most requests it served
 * at once: a source polled by one instance at a time never has two.
 */
final class CountingPressSite implements AutoCloseable {

    private static final long ANSWER_DELAY_MS = 40;

    private final String name;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<SampleRelease> releases = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    private CountingPressSite(String name, HttpServer server) {
        this.name = name;
        this.server = server;
    }

    /** Starts the site of source {@code name} on {@code host} (an address of 127.0.0.0/8), on a free port. */
    static CountingPressSite start(String name, String host) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        CountingPressSite site = new CountingPressSite(name, server);
        server.createContext("/", site::handle);
        server.setExecutor(site.threads);
        server.start();
        return site;
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    String feedUrl() {
        return baseUrl() + "/press/rss.xml";
    }

    /** Adds release number {@code number} of this site (its own title and text) and returns its URL. */
    String add(int number) {
        String id = String.valueOf(number);
        String subject = name + " release " + number;
        List<String> paragraphs = List.of(
                "The Ministry of Foreign Affairs of Northland issues statement " + subject
                        + " on the consultations held this week between the delegations of both countries.",
                "In the course of the talks on " + subject + ", the parties discussed the state of bilateral trade,"
                        + " cooperation in energy and transport, and preparations for the next session of the"
                        + " intergovernmental commission.",
                "The sides agreed to continue the dialogue on " + subject + " at the level of deputy ministers and"
                        + " to exchange the texts of the draft agreements before the end of the year.",
                "Both delegations underlined the importance of regular contacts for regional stability and"
                        + " expressed their intention to meet again in the capital of Northland for " + subject + ".");
        releases.add(0, new SampleRelease(id, "Statement on " + subject, "2026-11-21T09:0" + (number % 10) + "+03:00",
                List.of("Northland"), paragraphs));
        return baseUrl() + SamplePages.releasePath(id);
    }

    /** The most requests this site served at the same time. */
    int mostAtOnce() {
        return mostAtOnce.get();
    }

    /** Requests served so far. */
    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        requests.incrementAndGet();
        try (exchange) {
            Thread.sleep(ANSWER_DELAY_MS);
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/press/rss.xml")) {
                TextResponse.send(exchange, 200, "application/rss+xml",
                        SamplePages.rss(baseUrl(), List.copyOf(releases)));
                return;
            }
            Optional<SampleRelease> release = releases.stream()
                    .filter(r -> path.equals(SamplePages.releasePath(r.id()))).findFirst();
            if (release.isPresent()) {
                TextResponse.send(exchange, 200, "text/html", SamplePages.articlePage(release.get()));
            } else {
                TextResponse.send(exchange, 404, "text/plain", "not found: " + path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    }


    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
