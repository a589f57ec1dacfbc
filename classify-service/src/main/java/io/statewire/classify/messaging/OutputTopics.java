package io.statewire.classify.messaging;

import io.statewire.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the topics classify-service writes to when they are missing: {@code press.statements.<code>} for every
 * topic code of the taxonomy, with {@code statewire.classify.topic-partitions} partitions (each carries a small share
 * of the statements, and every partition a transaction writes to costs a commit marker; keyed by {@code releaseId},
 * so a release's statements stay in order with any count), and {@code classify.speaker-turns} (partitioned like
 * {@code press.passages}, which its layout depends on). Existing topics keep their partitions.
 */
@ApplicationScoped
public class OutputTopics {

    private static final Logger LOG = Logger.getLogger(OutputTopics.class);
    private static final long TIMEOUT_SECONDS = 30;

    private final KafkaClients clients;
    private final short replication;
    private final int topicPartitions;

    public OutputTopics(KafkaClients clients,
            @ConfigProperty(name = "statewire.classify.replication-factor", defaultValue = "1") short replication,
            @ConfigProperty(name = "statewire.classify.topic-partitions") int topicPartitions) {
        if (topicPartitions < 1) {
            throw new IllegalArgumentException("statewire.classify.topic-partitions must be at least 1, not "
                    + topicPartitions);
        }
        this.clients = clients;
        this.replication = replication;
        this.topicPartitions = topicPartitions;
    }

    /** Creates the per-topic statement topics of these codes, and the turns topic, where missing. */
    public void ensure(Collection<String> topicCodes) {
        try (Admin admin = Admin.create(clients.with(Map.of()))) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>(topicCodes.stream().map(Topics::statementsFor)
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, topicPartitions, replication)).toList());
            int passagePartitions = partitionsOf(admin, Topics.PASSAGES, existing);
            if (!existing.contains(Topics.CLASSIFY_TURNS)) {
                missing.add(new NewTopic(Topics.CLASSIFY_TURNS, passagePartitions, replication)
                        .configs(Topics.configOf(Topics.CLASSIFY_TURNS)));
            } else if (partitionsOf(admin, Topics.CLASSIFY_TURNS, existing) < passagePartitions) {
                throw new IllegalStateException(Topics.CLASSIFY_TURNS + " has fewer partitions than " + Topics.PASSAGES
                        + " (" + passagePartitions + "); the turns of passages partition p live in its partition p: "
                        + "add partitions to it first");
            }
            create(admin, missing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create classify-service's topics: " + e.getMessage(), e);
        }
    }

    private static void create(Admin admin, List<NewTopic> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (topics.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(topics).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            LOG.infof("created topics %s", topics.stream().map(NewTopic::name).toList());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /** The partition count of an existing topic, or 3 (what run-local and the tests create) when it does not exist. */
    private static int partitionsOf(Admin admin, String topic, Set<String> existing)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (!existing.contains(topic)) {
            return 3;
        }
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic);
        return description.partitions().size();
    }
}
