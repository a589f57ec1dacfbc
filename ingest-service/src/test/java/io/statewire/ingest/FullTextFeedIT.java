package io.statewire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.local.sample.SamplePages;
import io.statewire.local.sample.SampleRelease;
import io.statewire.testing.KafkaBrokerResource;
import io.statewire.testing.TopicReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

/**
 * ingest-service watching a source with {@code feed-content: full} over real HTTP ({@link FullTextSite}) and
 * publishing to a real broker: a release whose text the feed carries is published exactly once without a request
 * for its page, nothing more while the feed stays the same, and revision 2 when the text in the feed changes.
 */
@QuarkusTest
@TestProfile(FullTextFeedIT.FullTextSource.class)
class FullTextFeedIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Several polls of the source (one every 500 ms). */
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final String SOURCE = "fulltext";
    private static final SampleRelease RELEASE = SampleRelease.load("1002", "1002.txt");

    /** The service watching only the full-text site, not the sample site whose releases the other tests count. */
    public static class FullTextSource implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaBrokerResource.class),
                    new TestResourceEntry(FullTextSiteResource.class));
        }
    }

    /** Serves a {@link FullTextSite} with one release and points ingest-service at its full-text feed. */
    public static class FullTextSiteResource implements QuarkusTestResourceLifecycleManager {

        static volatile FullTextSite site;

        @Override
        public Map<String, String> start() {
            site = FullTextSite.start();
            site.put(RELEASE);
            try {
                Path sources = Files.writeString(Files.createTempFile("statewire-fulltext-sources", ".yaml"), """
                        sources:
                          - id: %s
                            profile: rss
                            feed-url: %s
                            feed-content: full
                            language: en
                            poll-interval: 500ms
                            allow-private-network: true
                        """.formatted(SOURCE, site.feedUrl()));
                return Map.of("statewire.sources", sources.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
            if (site != null) {
                site.close();
            }
        }
    }

    @Test
    void publishesOnceFromTheFeedWithoutThePageAndRevisesWhenTheFeedsTextChanges() {
        FullTextSite site = FullTextSiteResource.site;
        String page = SamplePages.releasePath(RELEASE.id());
        TopicReader.await(Topics.RELEASES, JsonSerde.releases(), this::ours, 1, WAIT);
        int feedRequests = site.requests(FullTextSite.FULL_FEED);

        List<PressRelease> settled = releases();

        assertThat(settled).singleElement().satisfies(release -> {
            assertThat(release.revision()).isEqualTo(1);
            assertThat(release.paragraphs()).isEqualTo(RELEASE.paragraphs()).hasSize(6);
            assertThat(release.title()).isEqualTo(RELEASE.title());
            assertThat(release.publishedAt()).isEqualTo("2026-11-21T09:05+03:00");
            assertThat(release.url()).isEqualTo(site.baseUrl() + "/press/releases/1002");
            assertThat(release.tags()).containsExactly("Pakistan", "Terrorism");
        });
        assertThat(site.requests(FullTextSite.FULL_FEED)).as("polled again meanwhile").isGreaterThan(feedRequests);
        assertThat(site.requests(page)).as("requests for the release page").isZero();

        List<String> edited = new ArrayList<>(RELEASE.paragraphs());
        edited.set(1, edited.get(1) + " The Ministry has since added this sentence.");
        site.put(new SampleRelease(RELEASE.id(), RELEASE.title(), RELEASE.publishedAt(), RELEASE.tags(), edited));
        TopicReader.await(Topics.RELEASES, JsonSerde.releases(), this::ours, 2, WAIT);

        List<PressRelease> revised = releases();

        assertThat(revised).extracting(PressRelease::revision).containsExactly(1, 2);
        assertThat(revised.get(1).releaseId()).isEqualTo(revised.get(0).releaseId());
        assertThat(revised.get(1).paragraphs()).isEqualTo(edited);
        assertThat(revised.get(1).contentHash()).isNotEqualTo(revised.get(0).contentHash());
        assertThat(site.requests(page)).as("requests for the release page").isZero();
        String releaseId = revised.get(1).releaseId();
        assertThat(TopicReader.await(Topics.INGEST_STATE, Serdes.String(), r -> r.key().equals(releaseId), 2, WAIT))
                .extracting(ConsumerRecord::value).last().asString()
                .contains("\"revision\":2").contains("\"etag\":null").contains("\"lastModified\":null");
    }

    /** Every release of the source on the topic after a few more polls, in the order published. */
    private List<PressRelease> releases() {
        return TopicReader.during(Topics.RELEASES, JsonSerde.releases(), this::ours, SETTLE).stream()
                .map(ConsumerRecord::value).toList();
    }

    private boolean ours(ConsumerRecord<String, PressRelease> record) {
        return record.value().source().equals(SOURCE);
    }
}
