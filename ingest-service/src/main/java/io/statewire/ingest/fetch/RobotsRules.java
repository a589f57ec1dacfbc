package io.statewire.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per RFC 9309, through crawler-commons: fetched once a day per site, matched against our robot name.
 * A missing robots.txt (4xx) allows everything; an unreachable one (5xx, network) allows nothing until the next try.
 */
public class RobotsRules {

    static final String ROBOT_NAME = "statewirebot";
    private static final Duration REFRESH = Duration.ofHours(24);
    private static final Duration RETRY_UNREACHABLE = Duration.ofMinutes(10);

    /** Fetches robots.txt text for a site, or fails with the status or reason. */
    @FunctionalInterface
    public interface Loader {
        String load(URI robotsUrl) throws FetchException;
    }

    private record Cached(BaseRobotRules rules, long expiresAt) {
    }

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Duration.ofSeconds(30).toMillis(), 5);
    private final Map<String, Cached> bySite = new ConcurrentHashMap<>();

    public BaseRobotRules rulesFor(URI url, Loader loader) {
        String site = url.getScheme() + "://" + url.getRawAuthority();
        Cached cached = bySite.get(site);
        if (cached != null && cached.expiresAt() - System.nanoTime() > 0) {
            return cached.rules();
        }
        URI robots = URI.create(site + "/robots.txt");
        BaseRobotRules rules;
        Duration keep = REFRESH;
        try {
            byte[] content = loader.load(robots).getBytes(StandardCharsets.UTF_8);
            rules = parser.parseContent(robots.toString(), content, "text/plain", List.of(ROBOT_NAME));
        } catch (HttpStatusException e) {
            rules = parser.failedFetch(e.status());
            keep = e.status() >= 500 ? RETRY_UNREACHABLE : REFRESH;
        } catch (FetchException e) {
            rules = parser.failedFetch(503);
            keep = RETRY_UNREACHABLE;
        }
        bySite.put(site, new Cached(rules, System.nanoTime() + keep.toNanos()));
        return rules;
    }
}
