package io.statewire.bench;

import io.statewire.contracts.Topics;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/**
 * Bytes the broker holds per group of classify-service's output topics ({@code press.statements},
 * {@code press.statements.*}, {@code classify.speaker-turns}, {@code press.passages.dlq}), from the sizes of their
 * partitions' logs (records, batch headers and transaction markers).
 */
final class OutputVolume {

    private OutputVolume() {
    }

    static Map<String, Long> bytes(Admin admin) throws Exception {
        Map<String, Long> bytes = new TreeMap<>();
        var brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream().map(n -> n.id()).toList();
        admin.describeLogDirs(brokers).allDescriptions().get(30, TimeUnit.SECONDS).values().forEach(dirs -> dirs
                .values().forEach(dir -> dir.replicaInfos().forEach((partition, replica) -> {
                    String group = group(partition.topic());
                    if (group != null) {
                        bytes.merge(group, replica.size(), Long::sum);
                    }
                })));
        return bytes;
    }

    /** What was added between two readings, as "topic 1.2 MB, ...". */
    static String added(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder text = new StringBuilder();
        after.forEach((group, size) -> text.append(text.isEmpty() ? "" : ", ").append(String.format("%s %.1f MB",
                group, (size - before.getOrDefault(group, 0L)) / 1e6)));
        return text.toString();
    }

    private static String group(String topic) {
        if (topic.equals(Topics.STATEMENTS) || topic.equals(Topics.CLASSIFY_TURNS)
                || topic.equals(Topics.deadLetter(Topics.PASSAGES))) {
            return topic;
        }
        return topic.startsWith(Topics.STATEMENTS + ".") ? Topics.STATEMENTS + ".*" : null;
    }
}
