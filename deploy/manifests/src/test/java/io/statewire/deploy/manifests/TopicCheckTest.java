package io.statewire.deploy.manifests;

import static io.statewire.deploy.manifests.TheProject.content;
import static io.statewire.deploy.manifests.TheProject.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.contracts.Topics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicCheckTest {

    private final Manifests manifests = TheProject.manifests();
    private final Set<String> codeTopics = CodeTopics.of(TheProject.CHECKOUT);
    private final int codeTopicPartitions = TopicCheck.codeTopicPartitions(manifests,
            TheProject.service("classify-service"));

    @Test
    void theKafkaTopicsAreTheTopicsOfTheCodeWithItsSettings() {
        assertThat(new TopicCheck(manifests, codeTopics, Topics::configOf, codeTopicPartitions).problems()).isEmpty();
    }

    @Test
    void theCodeTopicsComeFromTheContractsTheInputsAndTheTaxonomy() {
        List<String> codes = CodeTopics.taxonomyCodes(TheProject.CHECKOUT.root(),
                TheProject.CHECKOUT.resolve(CodeTopics.TAXONOMY));

        assertThat(codeTopics).containsAll(Topics.PIPELINE)
                .contains(Topics.deadLetter(Topics.RELEASES), Topics.deadLetter(Topics.PASSAGES))
                .contains(Topics.statementsFor("energy"))
                .hasSize(new LinkedHashSet<>(Topics.PIPELINE).size() + codes.size());
        assertThat(codes).hasSizeGreaterThan(10).contains("terrorism", "sanctions");
    }

    @Test
    void aTopicTheCodeUsesButNobodyDeclaresIsReported() {
        Set<String> withNewCode = new LinkedHashSet<>(codeTopics);
        withNewCode.add(Topics.statementsFor("space"));

        assertThat(new TopicCheck(manifests, withNewCode, Topics::configOf, codeTopicPartitions).problems())
                .containsExactly("topics the code uses but no KafkaTopic declares: [press.statements.space]");
    }

    @Test
    void aKafkaTopicTheCodeDoesNotUseIsReported() {
        Set<String> fewer = new LinkedHashSet<>(codeTopics);
        fewer.remove(Topics.PASSAGE_REPEATS);

        assertThat(new TopicCheck(manifests, fewer, Topics::configOf, codeTopicPartitions).problems())
                .containsExactly("KafkaTopics the code does not use: [press.passages.repeats]");
    }

    @Test
    void aSettingThatDiffersFromTheCodeIsReported() {
        object(content(manifests, "KafkaTopic", "ingest-release-state").at("/spec/config"))
                .put("cleanup.policy", "delete");
        object(content(manifests, "KafkaTopic", "classify-speaker-turns").at("/spec/config")).remove("retention.ms");

        assertThat(new TopicCheck(manifests, codeTopics, Topics::configOf, codeTopicPartitions).problems())
                .anyMatch(p -> p.contains("ingest-release-state") && p.contains("cleanup.policy is delete"))
                .anyMatch(p -> p.contains("classify-speaker-turns") && p.contains("retention.ms is not set"));
    }

    @Test
    void fewerTurnPartitionsThanPassagePartitionsAreReported() {
        object(content(manifests, "KafkaTopic", "classify-speaker-turns").path("spec")).put("partitions", 3);

        assertThat(new TopicCheck(manifests, codeTopics, Topics::configOf, codeTopicPartitions).problems())
                .anyMatch(p -> p.startsWith("classify.speaker-turns has 3 partitions, fewer than press.passages"));
    }

    @Test
    void theStatementTopicsHaveThePartitionsClassifyServiceCreatesThemWith() {
        assertThat(codeTopicPartitions).isEqualTo(1);
        assertThat(manifests.topicPartitions()).containsEntry(Topics.statementsFor("energy"), 1)
                .containsEntry(Topics.STATEMENTS, 6);
    }

    @Test
    void aStatementTopicPartitionedUnlikeClassifyServiceCreatesThemIsReported() {
        object(content(manifests, "KafkaTopic", "press-statements-energy").path("spec")).put("partitions", 2);

        assertThat(new TopicCheck(manifests, codeTopics, Topics::configOf, codeTopicPartitions).problems())
                .containsExactly("press.statements.energy has 2 partitions: classify-service creates the per-topic "
                        + "streams with 1 (statewire.classify.topic-partitions)");
    }

    @Test
    void theDeploymentsEnvironmentSetsThePartitionsOfTheStatementTopics() {
        object(content(manifests, "ConfigMap", "classify-service-config").path("data"))
                .put("STATEWIRE_CLASSIFY_TOPIC_PARTITIONS", "6");
        int fromTheEnvironment = TopicCheck.codeTopicPartitions(manifests, TheProject.service("classify-service"));

        assertThat(fromTheEnvironment).isEqualTo(6);
        assertThat(new TopicCheck(manifests, codeTopics, Topics::configOf, fromTheEnvironment).problems())
                .contains("press.statements.energy has 1 partitions: classify-service creates the per-topic "
                        + "streams with 6 (statewire.classify.topic-partitions)");
    }

    @Test
    void tooFewReplicasAndDuplicatesAreReported() {
        object(content(manifests, "KafkaTopic", "press-releases").path("spec")).put("replicas", 2);
        List<YamlDocument> twice = new ArrayList<>(manifests.all());
        twice.add(manifests.find("KafkaTopic", "press-passages").orElseThrow());

        assertThat(new TopicCheck(new Manifests(twice), codeTopics, Topics::configOf, codeTopicPartitions).problems())
                .anyMatch(p -> p.contains("press-releases") && p.contains("replicas 2 must be above"))
                .anyMatch(p -> p.contains("press.passages is declared more than once"));
    }
}
