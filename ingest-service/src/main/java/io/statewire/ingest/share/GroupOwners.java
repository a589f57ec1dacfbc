package io.statewire.ingest.share;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.DescribeConsumerGroupsOptions;
import org.apache.kafka.common.TopicPartition;

/**
 * Which member of the group holds a partition of the group's topic now, as the cluster describes the group: the
 * member's client id (which names its instance) and host. Empty when no member holds it or the cluster does not
 * answer within the timeout.
 */
public final class GroupOwners implements AutoCloseable {

    private final Map<String, Object> settings;
    private final String group;
    private final String topic;
    private final Duration timeout;
    private Admin admin;

    public GroupOwners(Map<String, Object> kafkaSettings, String group, String topic, Duration timeout) {
        this.settings = kafkaSettings.entrySet().stream()
                .filter(setting -> AdminClientConfig.configNames().contains(setting.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.group = group;
        this.topic = topic;
        this.timeout = timeout;
    }

    /** The member holding {@code partition}, as {@code <client id> at <host>}. */
    public Optional<String> ownerOf(int partition) {
        TopicPartition wanted = new TopicPartition(topic, partition);
        try {
            ConsumerGroupDescription description = admin().describeConsumerGroups(List.of(group),
                    new DescribeConsumerGroupsOptions().timeoutMs((int) timeout.toMillis()))
                    .describedGroups().get(group).get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return description.members().stream()
                    .filter(member -> member.assignment().topicPartitions().contains(wanted))
                    .map(member -> member.clientId() + " at " + member.host())
                    .findFirst();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(settings);
        }
        return admin;
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ZERO);
        }
    }
}
