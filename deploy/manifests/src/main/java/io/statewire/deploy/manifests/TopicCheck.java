package io.statewire.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import io.statewire.contracts.Topics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks the {@code KafkaTopic}s against the topics the code uses: the same set of names, each once; the settings
 * {@link Topics#configOf} gives a topic (compaction, retention) present with the same values; partitions, and more
 * replicas than the cluster's {@code min.insync.replicas}; {@code press.statements.<code>} with the partitions
 * classify-service gives a missing one it creates ({@link #codeTopicPartitions}); {@code classify.speaker-turns}
 * with at least as many partitions as {@code press.passages} (classify-service refuses to start otherwise).
 */
public final class TopicCheck {

    /** classify-service's setting: the partitions of the {@code press.statements.<code>} topics it creates. */
    public static final String CODE_TOPIC_PARTITIONS = "statewire.classify.topic-partitions";

    private final Manifests manifests;
    private final Set<String> expected;
    private final Function<String, Map<String, String>> configOf;
    private final int codeTopicPartitions;

    /** {@code codeTopicPartitions}: the partitions every {@code press.statements.<code>} topic must have. */
    public TopicCheck(Manifests manifests, Set<String> expected, Function<String, Map<String, String>> configOf,
            int codeTopicPartitions) {
        this.manifests = manifests;
        this.expected = expected;
        this.configOf = configOf;
        this.codeTopicPartitions = codeTopicPartitions;
    }

    /**
     * The partitions classify-service as deployed gives the {@code press.statements.<code>} topics it creates: the
     * value the environment of its containers gives {@link #CODE_TOPIC_PARTITIONS}, else its
     * {@code application.properties}.
     */
    public static int codeTopicPartitions(Manifests manifests, ServiceModule classify) {
        EnvironmentOf environment = new EnvironmentOf(manifests);
        String variable = ServiceSettings.envName(CODE_TOPIC_PARTITIONS);
        Optional<String> value = manifests.workloadsOf(classify.name()).stream()
                .flatMap(workload -> Manifests.containers(workload).stream())
                .flatMap(container -> environment.value(container, variable).stream()).findFirst()
                .or(() -> classify.settings().value(CODE_TOPIC_PARTITIONS));
        return Integer.parseInt(value.orElseThrow(() -> new IllegalStateException(classify.name()
                + " does not set " + CODE_TOPIC_PARTITIONS + " in its application.properties")).trim());
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        int minInSync = manifests.kafka()
                .map(kafka -> kafka.spec().path("kafka").path("config").path("min.insync.replicas").asInt(1))
                .orElse(1);
        Set<String> declared = new HashSet<>();
        for (YamlDocument topic : manifests.ofKind("KafkaTopic")) {
            String name = Manifests.topicName(topic);
            if (!declared.add(name)) {
                problems.add(topic.describe() + ": topic " + name + " is declared more than once");
            }
            settings(topic, name, minInSync, problems);
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(declared);
        if (!missing.isEmpty()) {
            problems.add("topics the code uses but no KafkaTopic declares: " + missing);
        }
        Set<String> unknown = new TreeSet<>(declared);
        unknown.removeAll(expected);
        if (!unknown.isEmpty()) {
            problems.add("KafkaTopics the code does not use: " + unknown);
        }
        partitionRules(problems);
        return problems;
    }

    private void settings(YamlDocument topic, String name, int minInSync, List<String> problems) {
        JsonNode spec = topic.spec();
        if (spec.path("partitions").asInt(0) < 1) {
            problems.add(topic.describe() + ": no partitions");
        }
        if (spec.path("replicas").asInt(0) <= minInSync) {
            problems.add(topic.describe() + ": replicas " + spec.path("replicas").asInt(0)
                    + " must be above the cluster's min.insync.replicas " + minInSync);
        }
        JsonNode config = spec.path("config");
        configOf.apply(name).forEach((key, value) -> {
            if (!config.path(key).asText("").equals(value)) {
                problems.add(topic.describe() + ": config " + key + " is " + config.path(key).asText("not set")
                        + ", the code says " + value);
            }
        });
    }

    private void partitionRules(List<String> problems) {
        Map<String, Integer> partitions = manifests.topicPartitions();
        partitions.forEach((topic, count) -> {
            if (topic.startsWith(Topics.STATEMENTS + ".") && count != codeTopicPartitions) {
                problems.add(topic + " has " + count + " partitions: classify-service creates the per-topic streams "
                        + "with " + codeTopicPartitions + " (" + CODE_TOPIC_PARTITIONS + ")");
            }
        });
        Integer passages = partitions.get(Topics.PASSAGES);
        Integer turns = partitions.get(Topics.CLASSIFY_TURNS);
        if (passages != null && turns != null && turns < passages) {
            problems.add(Topics.CLASSIFY_TURNS + " has " + turns + " partitions, fewer than " + Topics.PASSAGES + " ("
                    + passages + "): classify-service does not start");
        }
    }
}
