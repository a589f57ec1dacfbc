package io.statewire.ingest.profile;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * Site knowledge for one kind of press page, loaded from {@code profiles/<name>.yaml}: how list pages link to
 * releases, where an article keeps its title, date, document number, tags and body, and how a release id is
 * cut from its URL. Each selector list is tried in order; the first that matches wins.
 *
 * @param releaseIdPrefix prefix of release ids (null: the source id)
 * @param releaseIdPattern regular expression whose first group, found in the URL path, identifies the release
 *                         (null: the whole normalised URL)
 * @param zone time zone of local times on the site's pages (null: leave them local)
 * @param minDelay least time between two requests to the site (null: the service's default, 1 s)
 * @param listLinks CSS selectors of release links on a list page (empty: the profile reads no list pages)
 * @param pageParameter query parameter that numbers the list pages after the first (null: one list page only)
 * @param sitemap the site's sitemap, a path or URL resolved against the source's list or feed URL (null: none)
 * @param sitemapInclude regular expression a sitemap URL's path must contain to be a release (null: every URL)
 */
public record Profile(
        String name,
        String releaseIdPrefix,
        String releaseIdPattern,
        String zone,
        String minDelay,
        List<String> listLinks,
        String pageParameter,
        String sitemap,
        String sitemapInclude,
        List<String> title,
        List<String> paragraphs,
        List<String> published,
        List<String> docNumber,
        List<String> tags) {

    public Profile {
        listLinks = List.copyOf(listLinks);
        title = List.copyOf(title);
        paragraphs = List.copyOf(paragraphs);
        published = List.copyOf(published);
        docNumber = List.copyOf(docNumber);
        tags = List.copyOf(tags);
    }

    /** The least time between two requests to the site: the profile's, when longer than {@code serviceDefault}. */
    public Duration minDelay(Duration serviceDefault) {
        if (minDelay == null) {
            return serviceDefault;
        }
        Duration own = Duration.parse(minDelay);
        return own.compareTo(serviceDefault) > 0 ? own : serviceDefault;
    }

    /** The zone of local times on the site's pages, or null. */
    public ZoneId zoneId() {
        return zone == null ? null : ZoneId.of(zone);
    }
}
