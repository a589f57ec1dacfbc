package io.statewire.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.Statement;
import io.statewire.contracts.Topics;
import io.statewire.local.sample.SampleRelease;
import io.statewire.local.sample.SampleSite;
import io.statewire.testing.KafkaBroker;
import io.statewire.testing.ServiceProcess;
import io.statewire.testing.TopicReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline as users run it: the three packaged services as separate processes, a real broker, and the
 * sample press site over HTTP. Every distinct paragraph the site ever served must come out of
 * {@code press.statements} exactly once.
 */
class PipelineIT {

    private static final Duration GROW_AFTER = Duration.ofSeconds(15);

    @Test
    void releasesFromTheSiteBecomeStatementsExactlyOnce() throws Exception {
        String bootstrap = KafkaBroker.bootstrapServers();
        KafkaBroker.createTopics(Topics.PIPELINE);
        String run = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        Path work = Files.createDirectories(Path.of("target", run));

        try (SampleSite site = SampleSite.start(0, GROW_AFTER)) {
            Path sources = site.writeSources(work.resolve("sources.yaml"), run);
            Map<String, String> kafka = Map.of("kafka.bootstrap.servers", bootstrap);
            // a fresh dedup-service starts at the end of press.releases: other tests of this JVM published the same
            // sample texts before, and it would rightly call this run's passages repeats of theirs
            try (var classify = ServiceProcess.start("classify-service", with(kafka,
                            "mp.messaging.incoming.passages-in.group.id", run + "-classify",
                            "statewire.instance", run));
                 var dedup = ServiceProcess.start("dedup-service", with(kafka,
                            "quarkus.kafka-streams.application-id", run + "-dedup",
                            "kafka-streams.auto.offset.reset", "latest",
                            "kafka-streams.state.dir", work.resolve("dedup-state").toAbsolutePath().toString()))) {
                classify.awaitReady(Duration.ofSeconds(90));
                dedup.awaitReady(Duration.ofSeconds(90));
                try (var ingest = ServiceProcess.start("ingest-service", with(kafka,
                        "statewire.sources", sources.toAbsolutePath().toString(), "statewire.instance", run,
                        "statewire.ingest.recheck-after", "PT2S"))) {
                    ingest.awaitReady(Duration.ofSeconds(90));
                    Set<String> expected = everyParagraphServed();
                    List<ConsumerRecord<String, Statement>> statements = TopicReader.await(Topics.STATEMENTS,
                            JsonSerde.statements(), r -> r.value().source().equals(run), expected.size(),
                            GROW_AFTER.plusSeconds(90));
                    assertThat(statements).extracting(r -> r.value().text()).containsExactlyInAnyOrderElementsOf(expected);
                    assertThat(statements).allSatisfy(r -> {
                        assertThat(r.key()).isEqualTo(r.value().releaseId());
                        assertThat(r.value().url()).startsWith(site.baseUrl());
                    });
                    Map<String, List<Integer>> positions = new java.util.HashMap<>();
                    statements.forEach(r -> positions.computeIfAbsent(r.key(), k -> new java.util.ArrayList<>())
                            .add(r.value().position()));
                    assertThat(positions.values()).as("statements of each release in page order")
                            .allSatisfy(p -> assertThat(p).isSorted());

                    List<ConsumerRecord<String, Statement>> afterMorePolls = TopicReader.during(Topics.STATEMENTS,
                            JsonSerde.statements(), r -> r.value().source().equals(run), Duration.ofSeconds(5));
                    assertThat(afterMorePolls).hasSameSizeAs(statements);

                    assertThat(ingest.stop()).isIn(0, 130, 143);
                }
                assertThat(dedup.stop()).isIn(0, 130, 143);
                assertThat(classify.stop()).isIn(0, 130, 143);
            }
        }
    }

    /** Each distinct paragraph of every version the site served, the grown transcript included, but boilerplate. */
    private static Set<String> everyParagraphServed() {
        Set<String> paragraphs = new LinkedHashSet<>();
        for (String file : List.of("1001", "1002", "1003", "1004", "1005", "1005.continued", "1006")) {
            paragraphs.addAll(SampleRelease.load(file, file + ".txt").paragraphs());
        }
        paragraphs.remove("To be continued...");
        return paragraphs;
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        var all = new java.util.HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        return all;
    }
}
