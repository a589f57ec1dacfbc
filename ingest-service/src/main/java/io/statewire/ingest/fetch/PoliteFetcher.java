package io.statewire.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.time.Duration;

/**
 * Fetches the way a polite crawler must: obeys robots.txt, waits at least the minimum delay (or the site's
 * Crawl-delay, up to 30 s) between two requests to one host, backs off after errors (429, 5xx, network, limits)
 * and waits longer when a 429 or 503 asks for it with Retry-After. A request it may not send now fails at once with
 * a {@link RetryLaterException}.
 */
public class PoliteFetcher implements AutoCloseable {

    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    private final PageFetcher fetcher;
    private final HostGate gate;
    private final RobotsRules robots;
    private final FetchObserver observer;

    public PoliteFetcher(PageFetcher fetcher, HostGate gate, RobotsRules robots) {
        this(fetcher, gate, robots, FetchObserver.NONE);
    }

    public PoliteFetcher(PageFetcher fetcher, HostGate gate, RobotsRules robots, FetchObserver observer) {
        this.fetcher = fetcher;
        this.gate = gate;
        this.robots = robots;
        this.observer = observer;
    }

    public FetchedPage fetch(URI url, Politeness politeness, String etag, String lastModified) throws FetchException {
        BaseRobotRules rules = robots.rulesFor(url, robotsUrl ->
                paced(robotsUrl, politeness, politeness.minDelay(), null, null).body());
        if (!rules.isAllowed(url.toString())) {
            observer.fetched(politeness.source(), "refused", 0, Duration.ZERO);
            throw new FetchException(url + ": disallowed by robots.txt");
        }
        Duration delay = politeness.minDelay();
        if (rules.getCrawlDelay() > 0) {
            Duration crawlDelay = Duration.ofMillis(Math.min(rules.getCrawlDelay(), MAX_CRAWL_DELAY.toMillis()));
            delay = crawlDelay.compareTo(delay) > 0 ? crawlDelay : delay;
        }
        return paced(url, politeness, delay, etag, lastModified);
    }

    private FetchedPage paced(URI url, Politeness politeness, Duration delay, String etag, String lastModified)
            throws FetchException {
        String host = url.getHost();
        try {
            sleep(gate.reserve(host, delay));
        } catch (RetryLaterException e) {
            observer.fetched(politeness.source(), "refused", 0, Duration.ZERO);
            throw e;
        }
        long start = System.nanoTime();
        try {
            FetchedPage page = fetcher.fetch(url, politeness.userAgent(), politeness.allowPrivateNetwork(), etag,
                    lastModified);
            gate.succeeded(host);
            observer.fetched(politeness.source(), page.notModified() ? "not-modified" : "ok",
                    page.body() == null ? 0 : page.body().length(), Duration.ofNanos(System.nanoTime() - start));
            return page;
        } catch (HttpStatusException e) {
            observer.fetched(politeness.source(), e.status() >= 500 ? "http-5xx" : "http-4xx", 0,
                    Duration.ofNanos(System.nanoTime() - start));
            if (e.status() == 429 || e.status() == 503) {
                gate.failed(host, e.retryAfter().orElse(Duration.ZERO));
            } else if (e.status() >= 500) {
                gate.failed(host);
            }
            throw e;
        } catch (FetchException e) {
            gate.failed(host);
            observer.fetched(politeness.source(), e instanceof ChallengeException ? "challenge" : "error", 0,
                    Duration.ofNanos(System.nanoTime() - start));
            throw e;
        }
    }

    private static void sleep(Duration wait) throws FetchException {
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while waiting for the host", e);
        }
    }

    @Override
    public void close() {
        fetcher.close();
    }

    /** Per-source settings of politeness; {@code source} names the source in metrics. */
    public record Politeness(String source, String userAgent, Duration minDelay, boolean allowPrivateNetwork) {
    }
}
