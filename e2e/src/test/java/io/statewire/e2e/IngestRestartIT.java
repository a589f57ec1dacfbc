package io.statewire.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.local.sample.SampleSite;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.ServiceProcess;
import io.statewire.testing.TopicReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * ingest-service restarted in the middle of watching a site: what it published before is remembered (read back
 * from {@code ingest.release-state}), so the restarted process publishes nothing again, and a release that grows
 * afterwards comes out as revision 2.
 */
class IngestRestartIT {

    @Test
    void aRestartPublishesNothingTwice() throws Exception {
        String bootstrap = KafkaBroker.bootstrapServers();
        KafkaBroker.createTopics(Topics.PIPELINE);
        String run = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        try (SampleSite site = SampleSite.start(0, Duration.ofSeconds(25))) {
            Path sources = site.writeSources(Path.of("target", run, "sources.yaml"), run);
            Map<String, String> settings = Map.of("kafka.bootstrap.servers", bootstrap,
                    "statewire.sources", sources.toAbsolutePath().toString(), "statewire.instance", run,
                    "statewire.ingest.recheck-after", "PT2S");

            try (ServiceProcess ingest = ServiceProcess.start("ingest-service", settings)) {
                ingest.awaitReady(Duration.ofSeconds(90));
                assertThat(releases(run, 6, Duration.ofSeconds(60))).hasSize(6);
                assertThat(ingest.stop()).isIn(0, 130, 143);
            }
            try (ServiceProcess ingest = ServiceProcess.start("ingest-service", settings)) {
                ingest.awaitReady(Duration.ofSeconds(90));
                List<PressRelease> all = releases(run, 7, Duration.ofSeconds(60));
                assertThat(all).extracting(PressRelease::revision).containsOnly(1, 2);
                assertThat(all).filteredOn(r -> r.revision() == 2).singleElement()
                        .satisfies(r -> assertThat(r.url()).endsWith("/press/releases/1005"));
                List<ConsumerRecord<String, PressRelease>> settled = TopicReader.during(Topics.RELEASES,
                        JsonSerde.releases(), r -> r.value().source().equals(run), Duration.ofSeconds(4));
                assertThat(settled).hasSize(7);
            }
        }
    }

    private static List<PressRelease> releases(String source, int count, Duration timeout) {
        return TopicReader.await(Topics.RELEASES, JsonSerde.releases(), r -> r.value().source().equals(source), count,
                timeout).stream().map(ConsumerRecord::value).toList();
    }
}
