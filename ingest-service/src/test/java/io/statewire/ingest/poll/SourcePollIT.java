package io.statewire.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import io.statewire.contracts.PressRelease;
import io.statewire.ingest.FullTextSite;
import io.statewire.ingest.LoopbackServer;
import io.statewire.ingest.fetch.HostGate;
import io.statewire.ingest.fetch.PageFetcher;
import io.statewire.ingest.fetch.PoliteFetcher;
import io.statewire.ingest.fetch.RobotsRules;
import io.statewire.ingest.profile.Profiles;
import io.statewire.ingest.release.ReleaseTracker;
import io.statewire.ingest.source.FeedContent;
import io.statewire.ingest.source.SourceDefinition;
import io.statewire.ingest.state.ReleaseState;
import io.statewire.local.sample.SamplePages;
import io.statewire.local.sample.SampleRelease;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sources polled against a real HTTP server. With the mid-ru profile: paginated news lists, articles and, for one
 * article, a bot challenge: releases from the allowed pages published once, the challenge counted and never
 * published, nothing published again on the next poll. With the gov-uk profile: releases found through its
 * sitemap index. With a feed that carries the full text ({@code feed-content: full}): releases built from the feed
 * as fetching their pages builds them, without a request for a page, again on every poll, revised when the text
 * changes; entries without content, or whose content has no text, fetched as pages; the feed fetched conditionally.
 */
class SourcePollIT {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final RecordingSink sink = new RecordingSink();
    private final List<PressRelease> published = sink.published;
    /** The If-None-Match of each request for the mixed feed ("none" when there was none). */
    private final List<String> feedValidators = new CopyOnWriteArrayList<>();
    private LoopbackServer server;
    private PoliteFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackServer.start();
        server.handle("/", this::serve);
        server.handle("/mixed/", this::serveMixed);
        fetcher = new PoliteFetcher(new PageFetcher(), new HostGate(), new RobotsRules());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void pagesBackfillChallengesAndRepeatedPolls() {
        String base = server.url("").toString();
        var source = new SourceDefinition("mid-ru-en", "mid-ru", null, URI.create(base + "/en/foreign_policy/news/"),
                null, "en", Duration.ofMinutes(1), true, 2, "StatewireTest/1.0");
        var poll = new SourcePoll(source, Profiles.bundled().get("mid-ru"), fetcher, Duration.ZERO,
                new ReleaseTracker(), Rechecks.everyPoll(), sink, Clock.systemUTC());

        PollResult first = poll.run();
        // the list links 1851090 absolutely to mid.ru itself, which this test cannot reach: one error, the poll goes on
        assertThat(published).extracting(PressRelease::releaseId)
                .containsExactlyInAnyOrder("mid.ru:1851133", "mid.ru:1850001");
        assertThat(first.errors()).anyMatch(e -> e.contains("mid.ru/en/foreign_policy/news/1851090"));
        assertThat(requests).contains("/en/foreign_policy/news/?PAGEN_1=2").doesNotContain("/en/foreign_policy/news/?PAGEN_1=3");
        assertThat(first.challenges()).isEqualTo(1);
        assertThat(first.errors()).anyMatch(e -> e.contains("1850002") && e.contains("bot challenge"));
        assertThat(published).allSatisfy(r -> assertThat(r.docNumber()).isNotBlank());

        PollResult second = poll.run();
        assertThat(second.published()).isZero();
        assertThat(published).hasSize(2);
    }

    @Test
    void aKnownReleaseIsNotFetchedAgainBeforeItIsDueNorAFailedOneBeforeItsRetry() {
        String base = server.url("").toString();
        var source = new SourceDefinition("mid-ru-en", "mid-ru", null, URI.create(base + "/en/foreign_policy/news/"),
                null, "en", Duration.ofMinutes(1), true, 1, "StatewireTest/1.0");
        SettableClock clock = new SettableClock(Instant.parse("2026-11-27T12:00:00Z"));
        var poll = new SourcePoll(source, Profiles.bundled().get("mid-ru"), fetcher, Duration.ZERO,
                new ReleaseTracker(), new Rechecks(Duration.ofMinutes(5), 5), sink, clock);
        PollResult first = poll.run();
        assertThat(published).extracting(PressRelease::releaseId).containsExactly("mid.ru:1851133");
        assertThat(first.errors()).anyMatch(e -> e.contains("1851090"));
        requests.clear();

        clock.advance(Duration.ofSeconds(5));
        PollResult second = poll.run();

        assertThat(requests).containsExactly("/en/foreign_policy/news/");
        assertThat(second.unchanged()).as("the published release, not due; the failed one, waiting").isEqualTo(2);
        assertThat(second.errors()).isEmpty();

        clock.advance(Duration.ofSeconds(5));
        assertThat(poll.run().errors()).as("the failed release tried again 10 s after it failed")
                .anyMatch(e -> e.contains("1851090"));
    }

    @Test
    void releasesFromTheProfilesSitemapIndexNewestFirstOnlyWhereItsIncludePatternMatches() {
        String base = server.url("").toString();
        var source = new SourceDefinition("gov-uk-news", "gov-uk", null, URI.create(base + "/search/news"), null,
                "en", Duration.ofMinutes(1), true, 1, "StatewireTest/1.0");
        var poll = new SourcePoll(source, Profiles.bundled().get("gov-uk"), fetcher, Duration.ZERO,
                new ReleaseTracker(), Rechecks.everyPoll(), sink, Clock.systemUTC());

        PollResult result = poll.run();

        assertThat(requests).contains("/sitemap.xml", "/sitemaps/sitemap_2.xml", "/sitemaps/sitemap_1.xml");
        assertThat(requests).noneMatch(r -> r.startsWith("/guidance/"));
        assertThat(published).extracting(PressRelease::url).containsExactly(
                base + "/government/news/statement-two", base + "/government/speeches/speech-one",
                base + "/government/news/statement-one");
        assertThat(result.errors()).isEmpty();
        assertThat(poll.run().published()).isZero();
    }

    @Test
    void aFullTextSourceBuildsReleasesFromItsFeedAsThePagesGiveThemWithoutAskingForThePages() {
        try (FullTextSite site = FullTextSite.start()) {
            SampleRelease twice = SampleRelease.load("1002", "1002.txt");
            SampleRelease briefing = SampleRelease.load("1003", "1003.txt");
            site.put(twice);
            site.put(briefing);
            RecordingSink pageSink = new RecordingSink();
            List<PressRelease> fromPages = pageSink.published;
            poll(site.summaryFeedUrl(), FeedContent.SUMMARY, pageSink).run();
            assertThat(fromPages).hasSize(2);
            assertThat(site.requests(SamplePages.releasePath("1002"))).isEqualTo(1);

            SourcePoll full = poll(site.feedUrl(), FeedContent.FULL, sink);
            PollResult first = full.run();

            assertThat(first.errors()).isEmpty();
            assertThat(first.published()).isEqualTo(2);
            assertThat(site.requests(SamplePages.releasePath("1002"))).as("no more page requests").isEqualTo(1);
            assertThat(site.requests(SamplePages.releasePath("1003"))).isEqualTo(1);
            assertThat(published).extracting(PressRelease::paragraphs)
                    .containsExactly(twice.paragraphs(), briefing.paragraphs());
            assertThat(published.get(0).paragraphs()).as("the repeated text kept").hasSize(6);
            assertThat(published).usingRecursiveFieldByFieldElementComparatorIgnoringFields("fetchedAt")
                    .as("what fetching the pages gives").containsExactlyElementsOf(fromPages);
            assertThat(published.get(0).releaseId()).isEqualTo("press:" + site.baseUrl().replace("http://", "")
                    + "/press/releases/1002");
            assertThat(published.get(0).title()).isEqualTo(twice.title());
            assertThat(published.get(0).publishedAt()).isEqualTo("2026-11-21T09:05+03:00");
            assertThat(sink.states).as("no page, no validators").allSatisfy(state -> assertThat(state.etag()).isNull());

            PollResult second = full.run();
            assertThat(second.published()).isZero();
            assertThat(second.unchanged()).isEqualTo(2);
            assertThat(published).hasSize(2);

            List<String> grown = new ArrayList<>(briefing.paragraphs());
            grown.add("Question: Is there any progress on the talks? Answer: The talks go on next week.");
            site.put(new SampleRelease("1003", briefing.title(), briefing.publishedAt(), briefing.tags(), grown));
            PollResult third = full.run();

            assertThat(third.published()).isEqualTo(1);
            assertThat(third.revised()).isEqualTo(1);
            assertThat(published).hasSize(3);
            assertThat(published.get(2).revision()).isEqualTo(2);
            assertThat(published.get(2).releaseId()).isEqualTo(published.get(1).releaseId());
            assertThat(published.get(2).paragraphs()).isEqualTo(grown);
            assertThat(site.requests(SamplePages.releasePath("1003"))).isEqualTo(1);
            assertThat(site.requests(FullTextSite.FULL_FEED)).isEqualTo(3);
        }
    }

    @Test
    void entriesWithoutContentOrTextHaveTheirPagesFetchedAndAnUnchangedFeedStillLetsThemBeChecked() {
        String base = server.url("").toString();
        var source = new SourceDefinition("mixed", "rss", URI.create(base + "/mixed/rss.xml"), null, null, "en",
                Duration.ofMinutes(1), true, 1, "StatewireTest/1.0", FeedContent.FULL);
        var poll = new SourcePoll(source, Profiles.bundled().get("rss"), fetcher, Duration.ZERO, new ReleaseTracker(),
                Rechecks.everyPoll(), sink, Clock.systemUTC());

        PollResult first = poll.run();

        assertThat(first.errors()).isEmpty();
        assertThat(published).hasSize(3);
        assertThat(published.get(0).paragraphs()).containsExactly("The whole text, in the feed.");
        assertThat(published.subList(1, 3)).allSatisfy(release -> assertThat(release.paragraphs())
                .contains("The text of the page, which the feed does not carry, long enough to be read."));
        assertThat(requests).filteredOn(path -> !path.equals("/robots.txt"))
                .containsExactly("/mixed/rss.xml", "/mixed/2/", "/mixed/3/");
        assertThat(feedValidators).containsExactly("none");

        requests.clear();
        PollResult second = poll.run();

        assertThat(feedValidators).containsExactly("none", "\"feed-v1\"");
        assertThat(requests).as("the feed, unchanged (304), and the pages, checked again")
                .filteredOn(path -> !path.equals("/robots.txt"))
                .containsExactly("/mixed/rss.xml", "/mixed/2/", "/mixed/3/");
        assertThat(second.errors()).isEmpty();
        assertThat(second.discovered()).isEqualTo(3);
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(published).hasSize(3);
    }

    @Test
    void aReleaseOffTheFeedIsForgottenOnceItsRetentionRunsOutWhileOneStillOnItIsKeptHoweverOld() {
        try (FullTextSite site = FullTextSite.start()) {
            site.put(SampleRelease.load("1002", "1002.txt"));
            site.put(SampleRelease.load("1003", "1003.txt"));
            SettableClock clock = new SettableClock(Instant.parse("2026-11-27T12:00:00Z"));
            var source = new SourceDefinition("press", "rss", URI.create(site.feedUrl()), null, null, "en",
                    Duration.ofMinutes(1), true, 1, "StatewireTest/1.0", FeedContent.FULL);
            var poll = new SourcePoll(source, Profiles.bundled().get("rss"), fetcher, Duration.ZERO,
                    new ReleaseTracker(Duration.ofDays(1)), Rechecks.everyPoll(), sink, clock);
            assertThat(poll.run().published()).isEqualTo(2);
            String kept = published.get(0).releaseId();
            String dropped = published.get(1).releaseId();
            site.remove("1003");

            clock.advance(Duration.ofHours(23));
            assertThat(poll.run().forgotten()).as("within the retention").isZero();
            clock.advance(Duration.ofHours(2));
            PollResult afterRetention = poll.run();

            assertThat(afterRetention.forgotten()).isEqualTo(1);
            assertThat(sink.forgotten).extracting(ReleaseState::releaseId).as("published 25 h ago but still on the feed")
                    .containsExactly(dropped);
            assertThat(sink.forgotten.get(0).sourceId()).isEqualTo("press");
            assertThat(poll.run().forgotten()).isZero();
            assertThat(published).hasSize(2);

            site.put(SampleRelease.load("1003", "1003.txt"));
            assertThat(poll.run().published()).as("named again after it was forgotten: new").isEqualTo(1);
            assertThat(published.get(2).releaseId()).isEqualTo(dropped);
            assertThat(published.get(2).revision()).isEqualTo(1);
            assertThat(sink.forgotten).extracting(ReleaseState::releaseId).doesNotContain(kept);
        }
    }

    @Test
    void nothingIsForgottenAfterAPollWhoseFeedCouldNotBeRead() {
        SettableClock clock = new SettableClock(Instant.parse("2026-11-27T12:00:00Z"));
        SourcePoll poll;
        try (FullTextSite site = FullTextSite.start()) {
            site.put(SampleRelease.load("1002", "1002.txt"));
            var source = new SourceDefinition("press", "rss", URI.create(site.feedUrl()), null, null, "en",
                    Duration.ofMinutes(1), true, 1, "StatewireTest/1.0", FeedContent.FULL);
            poll = new SourcePoll(source, Profiles.bundled().get("rss"), fetcher, Duration.ZERO,
                    new ReleaseTracker(Duration.ofDays(1)), Rechecks.everyPoll(), sink, clock);
            assertThat(poll.run().published()).isEqualTo(1);
        }
        clock.advance(Duration.ofDays(2));

        PollResult failed = poll.run();

        assertThat(failed.errors()).isNotEmpty();
        assertThat(failed.forgotten()).isZero();
        assertThat(sink.forgotten).isEmpty();
    }

    private SourcePoll poll(String feedUrl, FeedContent content, RecordingSink sink) {
        var source = new SourceDefinition("press", "rss", URI.create(feedUrl), null, null, "en", Duration.ofMinutes(1),
                true, 1, "StatewireTest/1.0", content);
        return new SourcePoll(source, Profiles.bundled().get("rss"), fetcher, Duration.ZERO, new ReleaseTracker(),
                Rechecks.everyPoll(), sink, Clock.systemUTC());
    }

    /**
     * A feed (ETag {@code "feed-v1"}, 304 to a request that names it) whose first entry carries its text, whose
     * second has only a link to its page, and whose third carries content without text (a video) and a link.
     */
    private void serveMixed(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        String base = server.url("").toString();
        if (path.equals("/mixed/rss.xml")) {
            String validator = exchange.getRequestHeaders().getFirst("If-None-Match");
            feedValidators.add(validator == null ? "none" : validator);
            exchange.getResponseHeaders().add("ETag", "\"feed-v1\"");
            if ("\"feed-v1\"".equals(validator)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            LoopbackServer.respond(exchange, 200, "application/rss+xml", """
                    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                      <item><title>With its text</title><link>%1$s/mixed/1/</link>
                        <description>A teaser.</description>
                        <content:encoded><![CDATA[<p>The whole text, in the feed.</p>]]></content:encoded></item>
                      <item><title>Only a link</title><link>%1$s/mixed/2/</link><description>A teaser.</description></item>
                      <item><title>A video</title><link>%1$s/mixed/3/</link>
                        <content:encoded><![CDATA[<p> </p><video src="v.mp4"></video>]]></content:encoded></item>
                    </channel></rss>""".formatted(base));
        } else if (path.equals("/mixed/2/") || path.equals("/mixed/3/")) {
            LoopbackServer.respond(exchange, 200, "text/html; charset=utf-8", SamplePages.articlePage(
                    new SampleRelease("2", "Only a link", "2026-11-27T12:00:00+03:00", List.of("test"),
                            List.of("The text of the page, which the feed does not carry, long enough to be read."))));
        } else {
            LoopbackServer.respond(exchange, 404, "text/plain", "not found");
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        requests.add(path + (query == null ? "" : "?" + query));
        String body;
        String type = "text/html; charset=utf-8";
        if (path.equals("/sitemap.xml") || path.startsWith("/sitemaps/")) {
            body = sitemap(path);
            type = "application/xml";
        } else if (path.equals("/search/news")) {
            body = "<html><body><p>No results on the list page itself.</p></body></html>";
        } else if (path.startsWith("/government/")) {
            body = fixture("gov-uk/press-release.html").replace("Middle East", "Middle East (" + path + ")");
        } else if (path.equals("/en/foreign_policy/news/")) {
            body = query == null ? fixture("mid-ru/list-en.html") : listPage(query);
        } else if (path.endsWith("/1850002/")) {
            body = fixture("challenge.html");
        } else if (path.matches("/en/foreign_policy/news/\\d+/")) {
            String id = path.replaceAll("\\D", "");
            body = fixture("mid-ru/article-en.html").replace("230-29-01-2023", "doc-" + id)
                    .replace("On January 29", "Release " + id + ": on January 29");
        } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        LoopbackServer.respond(exchange, 200, type, body);
    }

    /** An index of two sitemaps; their pages are news, speeches and, outside the include pattern, guidance. */
    private static String sitemap(String path) {
        return switch (path) {
            case "/sitemap.xml" -> """
                    <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                      <sitemap><loc>/sitemaps/sitemap_1.xml</loc><lastmod>2024-01-01</lastmod></sitemap>
                      <sitemap><loc>/sitemaps/sitemap_2.xml</loc><lastmod>2024-06-01</lastmod></sitemap>
                    </sitemapindex>""";
            case "/sitemaps/sitemap_1.xml" -> """
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                      <url><loc>/government/news/statement-one</loc><lastmod>2024-01-01</lastmod></url>
                      <url><loc>/guidance/visa-rules</loc><lastmod>2024-05-01</lastmod></url>
                    </urlset>""";
            default -> """
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                      <url><loc>/government/news/statement-two</loc><lastmod>2024-06-01</lastmod></url>
                      <url><loc>/government/speeches/speech-one</loc><lastmod>2024-04-01</lastmod></url>
                    </urlset>""";
        };
    }

    private static String listPage(String query) {
        String page = query.replace("PAGEN_1=", "");
        String first = page.equals("2") ? "1850001" : "1840001";
        String second = page.equals("2") ? "1850002" : "1840002";
        return "<ul class=\"announce announce_articles\">"
                + "<li class=\"announce__item\"><a class=\"announce__link\" href=\"/en/foreign_policy/news/" + first
                + "/\">One</a></li><li class=\"announce__item\"><a class=\"announce__link\" href=\"/en/foreign_policy/news/"
                + second + "/\">Two</a></li></ul>";
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = SourcePollIT.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
