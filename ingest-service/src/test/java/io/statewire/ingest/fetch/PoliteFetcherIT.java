package io.statewire.ingest.fetch;

import static io.statewire.ingest.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statewire.ingest.LoopbackServer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Politeness against a real HTTP server on loopback that records every request it gets. */
class PoliteFetcherIT {

    private static final PoliteFetcher.Politeness POLITENESS =
            new PoliteFetcher.Politeness("test", "StatewireTest/1.0", Duration.ofMillis(300), true);
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Long> times = new CopyOnWriteArrayList<>();
    private LoopbackServer server;
    private PoliteFetcher fetcher;
    private volatile String robots = "User-agent: *\nDisallow: /private/\n";

    @BeforeEach
    void start() throws IOException {
        server = LoopbackServer.start();
        AtomicInteger busy = new AtomicInteger();
        server.handle("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(path);
            times.add(System.nanoTime());
            if (path.equals("/robots.txt")) {
                respond(exchange, 200, "text/plain", robots);
            } else if (path.equals("/busy") && busy.getAndIncrement() == 0) {
                exchange.getResponseHeaders().add("Retry-After", "2");
                respond(exchange, 429, "text/plain", "slow down");
            } else {
                respond(exchange, 200, "text/html", "<p>" + path + "</p>");
            }
        });
        fetcher = new PoliteFetcher(new PageFetcher(), new HostGate(), new RobotsRules());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void neverRequestsWhatRobotsTxtDisallows() throws Exception {
        assertThat(fetcher.fetch(url("/press/1"), POLITENESS, null, null).body()).contains("/press/1");
        assertThatThrownBy(() -> fetcher.fetch(url("/private/2"), POLITENESS, null, null))
                .hasMessageContaining("disallowed by robots.txt");
        assertThat(requests).containsExactly("/robots.txt", "/press/1");
    }

    @Test
    void waitsTheMinimumDelayBetweenRequestsToAHost() throws Exception {
        for (int i = 0; i < 3; i++) {
            fetcher.fetch(url("/press/" + i), POLITENESS, null, null);
        }
        assertThat(times).hasSize(4);
        for (int i = 2; i < times.size(); i++) {
            assertThat(Duration.ofNanos(times.get(i) - times.get(i - 1))).isGreaterThanOrEqualTo(Duration.ofMillis(290));
        }
    }

    @Test
    void honoursCrawlDelay() throws Exception {
        robots = "User-agent: *\nCrawl-delay: 1\n";
        fetcher.fetch(url("/a"), POLITENESS, null, null);
        fetcher.fetch(url("/b"), POLITENESS, null, null);
        assertThat(Duration.ofNanos(times.get(2) - times.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(990));
    }

    @Test
    void sendsNothingBeforeRetryAfterExpires() throws Exception {
        assertThatThrownBy(() -> fetcher.fetch(url("/busy"), POLITENESS, null, null))
                .isInstanceOf(HttpStatusException.class).hasMessageContaining("HTTP 429");
        assertThatThrownBy(() -> fetcher.fetch(url("/busy"), POLITENESS, null, null))
                .isInstanceOf(RetryLaterException.class);
        assertThatThrownBy(() -> fetcher.fetch(url("/other"), POLITENESS, null, null))
                .isInstanceOf(RetryLaterException.class);
        assertThat(requests).containsExactly("/robots.txt", "/busy");
        Thread.sleep(2100);
        assertThat(fetcher.fetch(url("/busy"), POLITENESS, null, null).body()).contains("/busy");
    }

    private URI url(String path) {
        return server.url(path);
    }
}
