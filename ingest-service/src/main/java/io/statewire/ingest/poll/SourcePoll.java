package io.statewire.ingest.poll;

import io.statewire.contracts.PressRelease;
import io.statewire.ingest.discover.FeedEntry;
import io.statewire.ingest.discover.FeedReader;
import io.statewire.ingest.discover.Sitemap;
import io.statewire.ingest.extract.ArticleExtractor;
import io.statewire.ingest.extract.ExtractedArticle;
import io.statewire.ingest.extract.LanguageGuess;
import io.statewire.ingest.fetch.ChallengeException;
import io.statewire.ingest.fetch.FetchException;
import io.statewire.ingest.fetch.FetchedPage;
import io.statewire.ingest.fetch.PoliteFetcher;
import io.statewire.ingest.profile.Profile;
import io.statewire.ingest.release.ContentHash;
import io.statewire.ingest.release.FeedEntryRelease;
import io.statewire.ingest.release.ReleaseIds;
import io.statewire.ingest.release.ReleaseTracker;
import io.statewire.ingest.source.FeedContent;
import io.statewire.ingest.source.SourceDefinition;
import io.statewire.ingest.state.ReleaseState;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One poll of one source: discovers releases from its feed, its list pages (up to {@code max-pages}, the
 * backfill depth) and its sitemap (the newest pages), fetches the new ones and the known ones that are due again
 * ({@link Rechecks}) politely (a conditional request when it was seen before), extracts each with the source's
 * profile and hands new or changed releases to the sink as the next revision. A source whose feed carries the full
 * text ({@link FeedContent#FULL}) has the releases whose entries hold text built from those entries instead
 * ({@link FeedEntryRelease}), on every poll and before any page is fetched, since no request is needed. The feed
 * itself is fetched conditionally after the first time; when it has not changed, the entries it gave last time
 * stand. An error on one release is recorded and the poll goes on with the others. After a poll whose discovery
 * worked (at most once a minute), releases that the source has neither named nor published again for the tracker's
 * retention are forgotten (their state removed through the sink), so that what is remembered stays bounded.
 */
public class SourcePoll {

    private static final int SITEMAP_PAGES = 100;
    private static final int SITEMAP_CHILDREN = 3;
    /** How often a source's releases are looked over for expiry: retentions are days, polls seconds apart. */
    private static final Duration EXPIRY_CHECK_INTERVAL = Duration.ofMinutes(1);

    private final SourceDefinition source;
    private final Profile profile;
    private final PoliteFetcher fetcher;
    private final PoliteFetcher.Politeness politeness;
    private final ReleaseTracker tracker;
    private final Rechecks rechecks;
    private final ReleaseSink sink;
    private final Clock clock;
    /** The entries of the feed as last read and its validators, for a conditional request; null before the first. */
    private volatile LastFeed lastFeed;
    /** When the source's releases are next looked over for expiry. */
    private volatile Instant nextExpiryCheck = Instant.MIN;

    public SourcePoll(SourceDefinition source, Profile profile, PoliteFetcher fetcher, Duration minHostDelay,
            ReleaseTracker tracker, Rechecks rechecks, ReleaseSink sink, Clock clock) {
        this.source = source;
        this.profile = profile;
        this.fetcher = fetcher;
        this.politeness = new PoliteFetcher.Politeness(source.id(), source.userAgent(), profile.minDelay(minHostDelay),
                source.allowPrivateNetwork());
        this.tracker = tracker;
        this.rechecks = rechecks;
        this.sink = sink;
        this.clock = clock;
    }

    public PollResult run() {
        return run(() -> true);
    }

    /**
     * Polls the source, going on to each next release only while {@code goOn} says so (an instance that is handing
     * the source over to another stops after the release at hand).
     */
    public PollResult run(BooleanSupplier goOn) {
        Problems problems = new Problems();
        Map<URI, FeedEntry> entries = discover(problems);
        boolean discoveredAll = problems.errors.isEmpty();
        Instant now = Instant.now(clock);
        entries.keySet().forEach(url -> tracker.named(url.toString(), now));
        rechecks.retainListed(entries.keySet());
        Map<URI, FeedEntryRelease> fromFeed = fromFeed(entries);
        List<URI> plan = new ArrayList<>();
        List<URI> pages = new ArrayList<>();
        entries.keySet().forEach(url -> (fromFeed.containsKey(url) ? plan : pages).add(url));
        plan.addAll(rechecks.plan(pages, url -> tracker.atUrl(url.toString()).isPresent(), now));
        int published = 0;
        int revised = 0;
        int unchanged = entries.size() - plan.size();
        for (URI url : plan) {
            FeedEntry entry = entries.get(url);
            if (!goOn.getAsBoolean()) {
                problems.errors.add("poll stopped: the source is handed over to another instance");
                break;
            }
            try {
                FeedEntryRelease built = fromFeed.get(url);
                int revision = built != null ? publishFromFeed(built, url) : fetchAndPublish(entry);
                if (revision == 0) {
                    unchanged++;
                } else {
                    published++;
                    revised += revision > 1 ? 1 : 0;
                }
                rechecks.checked(url, Instant.now(clock));
            } catch (PublishException e) {
                problems.add(entry.url().toString(), e); // not the release's fault: tried again next poll
            } catch (Exception e) {
                problems.add(entry.url().toString(), e);
                rechecks.failed(url, Instant.now(clock));
            }
        }
        // only after a complete discovery: a release missing from a feed that failed to load is not gone
        int forgotten = discoveredAll && goOn.getAsBoolean() && !now.isBefore(nextExpiryCheck)
                ? forgetExpired(problems, now) : 0;
        return new PollResult(source.id(), entries.size(), published, revised, unchanged, forgotten,
                problems.challenges, problems.errors);
    }

    /**
     * Forgets the source's releases whose retention ran out at {@code now} ({@link ReleaseTracker#expired}); how many
     * it forgot. The next look comes {@link #EXPIRY_CHECK_INTERVAL} later, as it goes over every release remembered.
     */
    private int forgetExpired(Problems problems, Instant now) {
        nextExpiryCheck = now.plus(EXPIRY_CHECK_INTERVAL);
        List<ReleaseState> expired = tracker.expired(source.id(), now);
        if (expired.isEmpty()) {
            return 0;
        }
        try {
            sink.forget(expired);
        } catch (Exception e) {
            problems.add("forgetting " + expired.size() + " releases", e);
            return 0;
        }
        tracker.forget(expired);
        return expired.size();
    }

    /** Entries by normalised URL, feed first; a release reached several ways is polled once. */
    private Map<URI, FeedEntry> discover(Problems problems) {
        Map<URI, FeedEntry> entries = new LinkedHashMap<>();
        if (source.feedUrl() != null) {
            try {
                for (FeedEntry entry : feedEntries()) {
                    entries.putIfAbsent(ReleaseIds.normalize(entry.url()), entry);
                }
            } catch (FetchException e) {
                problems.add("feed", e);
            }
        }
        if (source.listUrl() != null && !profile.listLinks().isEmpty()) {
            int pages = profile.pageParameter() == null ? 1 : source.maxPages();
            for (int number = 1; number <= pages; number++) {
                try {
                    FetchedPage list = fetch(listPage(number));
                    Document page = Jsoup.parse(list.body(), list.url().toString());
                    for (String selector : profile.listLinks()) {
                        page.select(selector).eachAttr("abs:href").forEach(href -> {
                            URI url = URI.create(href);
                            entries.putIfAbsent(ReleaseIds.normalize(url), new FeedEntry(url, null, null));
                        });
                    }
                } catch (FetchException | IllegalArgumentException e) {
                    problems.add("list", e);
                    break;
                }
            }
        }
        URI sitemap = sitemapUrl();
        if (sitemap != null) {
            try {
                for (Sitemap.Entry page : sitemapPages(sitemap)) {
                    entries.putIfAbsent(ReleaseIds.normalize(page.url()), new FeedEntry(page.url(), null, null));
                }
            } catch (FetchException e) {
                problems.add("sitemap", e);
            }
        }
        return entries;
    }

    /** The feed's entries, fetched conditionally: those of the last time when the site says it has not changed. */
    private List<FeedEntry> feedEntries() throws FetchException {
        LastFeed last = lastFeed;
        FetchedPage feed = fetcher.fetch(source.feedUrl(), politeness, last == null ? null : last.etag(),
                last == null ? null : last.lastModified());
        List<FeedEntry> entries = feed.notModified() && last != null ? last.entries()
                : FeedReader.read(feed.body(), feed.url());
        lastFeed = new LastFeed(entries, feed.etag(), feed.lastModified());
        return entries;
    }

    /**
     * The releases built from their feed entries, by URL: for a source whose feed carries the full text, every entry
     * whose content has text; the others are fetched as pages.
     */
    private Map<URI, FeedEntryRelease> fromFeed(Map<URI, FeedEntry> entries) {
        Map<URI, FeedEntryRelease> built = new HashMap<>();
        if (source.feedContent() == FeedContent.FULL) {
            entries.forEach((url, entry) -> FeedEntryRelease.from(source, profile, entry)
                    .ifPresent(release -> built.put(url, release)));
        }
        return built;
    }

    /** The source's sitemap, else the profile's resolved against the source's list or feed URL, else null. */
    private URI sitemapUrl() {
        if (source.sitemapUrl() != null) {
            return source.sitemapUrl();
        }
        URI base = source.listUrl() != null ? source.listUrl() : source.feedUrl();
        return profile.sitemap() == null || base == null ? null : base.resolve(profile.sitemap());
    }

    /**
     * The newest release pages of a sitemap, at most {@value #SITEMAP_PAGES} per poll (a site's sitemap can list
     * every page it ever had): an index is followed into its {@value #SITEMAP_CHILDREN} newest sitemaps, and only
     * pages whose path contains the profile's include pattern count.
     */
    private List<Sitemap.Entry> sitemapPages(URI sitemapUrl) throws FetchException {
        FetchedPage fetched = fetch(sitemapUrl);
        Sitemap sitemap = Sitemap.read(fetched.body(), fetched.url());
        List<Sitemap.Entry> pages = new ArrayList<>(sitemap.pages());
        for (Sitemap.Entry child : sitemap.children().subList(0, Math.min(SITEMAP_CHILDREN, sitemap.children().size()))) {
            FetchedPage childPage = fetch(child.url());
            pages.addAll(Sitemap.read(childPage.body(), childPage.url()).pages());
        }
        Pattern include = profile.sitemapInclude() == null ? null : Pattern.compile(profile.sitemapInclude());
        return pages.stream()
                .filter(page -> include == null || include.matcher(String.valueOf(page.url().getPath())).find())
                .sorted(Comparator.comparing(Sitemap.Entry::lastModified, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(SITEMAP_PAGES).toList();
    }

    /** Publishes a release built from its feed entry if it is new or changed; the revision published, or 0. */
    private int publishFromFeed(FeedEntryRelease built, URI requested) throws PublishException {
        OptionalInt revision = tracker.nextRevision(built.releaseId(), built.contentHash());
        if (revision.isEmpty()) {
            return 0;
        }
        return publish(built.release(revision.getAsInt(), Instant.now(clock)), requested.toString(), null, null);
    }

    /** Fetches and extracts one release; the revision published, or 0 if none. */
    private int fetchAndPublish(FeedEntry entry) throws Exception {
        String requested = ReleaseIds.normalize(entry.url()).toString();
        Optional<ReleaseState> last = tracker.atUrl(requested);
        FetchedPage page = fetcher.fetch(entry.url(), politeness, last.map(ReleaseState::etag).orElse(null),
                last.map(ReleaseState::lastModified).orElse(null));
        if (page.notModified()) {
            return 0;
        }
        Document document = Jsoup.parse(page.body(), page.url().toString());
        ExtractedArticle article = ArticleExtractor.extract(profile, document);
        if (article.paragraphs().isEmpty()) {
            throw new IllegalStateException("no paragraphs found with profile " + profile.name());
        }
        String releaseId = ReleaseIds.of(profile, source.id(), page.url());
        String contentHash = ContentHash.of(article.paragraphs());
        OptionalInt revision = tracker.nextRevision(releaseId, contentHash);
        if (revision.isEmpty()) {
            return 0;
        }
        PressRelease release = new PressRelease(PressRelease.SCHEMA, releaseId, revision.getAsInt(), source.id(),
                ReleaseIds.normalize(page.url()).toString(), article.docNumber(),
                firstNonBlank(article.title(), entry.title(), page.url().toString()),
                article.publishedAt() != null ? article.publishedAt() : entry.publishedAt(),
                language(article), article.tags(), article.paragraphs(), contentHash,
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
        return publish(release, requested, page.etag(), page.lastModified());
    }

    /** Hands the release to the sink with its state (the page's validators, null for none) and remembers it. */
    private int publish(PressRelease release, String requested, String etag, String lastModified)
            throws PublishException {
        ReleaseState state = new ReleaseState(release.releaseId(), source.id(), requested, release.revision(),
                release.contentHash(), etag, lastModified, release.fetchedAt());
        try {
            sink.publish(release, state);
        } catch (Exception e) {
            throw new PublishException(e);
        }
        tracker.published(state, Instant.parse(release.fetchedAt()));
        return release.revision();
    }

    /** The source's language, else the page's own {@code lang}, else a guess from the text. */
    private String language(ExtractedArticle article) {
        if (source.language() != null) {
            return source.language();
        }
        if (article.language() != null && article.language().length() >= 2) {
            return article.language().substring(0, 2).toLowerCase(Locale.ROOT);
        }
        return LanguageGuess.of(article.paragraphs());
    }

    /** The list URL for page {@code number}: the first as configured, the others with the profile's page parameter. */
    URI listPage(int number) {
        URI list = source.listUrl();
        if (number == 1) {
            return list;
        }
        String query = list.getRawQuery() == null ? "" : list.getRawQuery() + "&";
        return list.resolve(list.getRawPath() + "?" + query + profile.pageParameter() + "=" + number);
    }

    private FetchedPage fetch(URI url) throws FetchException {
        return fetcher.fetch(url, politeness, null, null);
    }

    /** A feed's entries as last read, with the validators the site sent for them (null when none). */
    private record LastFeed(List<FeedEntry> entries, String etag, String lastModified) {
    }

    /** The sink could not publish a release (Kafka unavailable, the source handed over). */
    private static final class PublishException extends Exception {
        PublishException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Errors met during one poll; bot challenges are also counted on their own. */
    private static final class Problems {
        final List<String> errors = new ArrayList<>();
        int challenges;

        void add(String where, Exception e) {
            if (e instanceof ChallengeException) {
                challenges++;
            }
            errors.add(e instanceof FetchException ? e.getMessage() : where + ": " + e.getMessage());
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new IllegalStateException("no title");
    }
}
