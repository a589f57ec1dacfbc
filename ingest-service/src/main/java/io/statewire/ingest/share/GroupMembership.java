package io.statewire.ingest.share;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;

/**
 * This instance's membership of the consumer group that shares the sources out: a consumer of the group's topic,
 * polled on its own thread only to stay in the group (its partitions are paused, nothing is read or committed).
 * Tells a {@link Listener} which partitions it holds each time that changes: before partitions go to another
 * member ({@link Listener#releasing}, which may block until their sources are no longer polled) and once new ones
 * are assigned ({@link Listener#holding}). A failure (say, a listener that could not read the release state back)
 * makes the instance leave the group and join again after {@link #RETRY}.
 */
public final class GroupMembership implements AutoCloseable {

    /** What the instance does with the partitions it holds; called on the membership thread. */
    public interface Listener {

        /** Partitions are about to go to other members: {@code held} are those kept. */
        void releasing(Set<Integer> held, int partitionCount);

        /** The assignment is complete: {@code held} are the partitions held now. */
        void holding(Set<Integer> held, int partitionCount);

        /** Membership failed and is retried; the instance holds no partitions meanwhile. */
        void failed(String reason);
    }

    static final Duration RETRY = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(GroupMembership.class);

    private final Map<String, Object> config;
    private final String topic;
    private volatile boolean closing;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    /**
     * A member of {@code groupId} on {@code topic}, known to the others by {@code clientId}, with the application's
     * Kafka client settings ({@code kafkaSettings}: bootstrap servers, security).
     */
    public GroupMembership(Map<String, Object> kafkaSettings, String groupId, String topic, String clientId,
            Duration sessionTimeout) {
        Map<String, Object> config = kafkaSettings.entrySet().stream()
                .filter(setting -> ConsumerConfig.configNames().contains(setting.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b, HashMap::new));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis());
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(500, sessionTimeout.toMillis() / 5));
        // only the partitions that move are released at a rebalance; the others are polled on without a pause
        config.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.config = config;
        this.topic = topic;
    }

    /** Joins the group on a thread of its own and stays in it until {@link #close}. */
    public synchronized void start(Listener listener) {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        thread = new Thread(() -> run(listener), "ingest-group-membership");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Listener listener) {
        while (!closing) {
            try (KafkaConsumer<byte[], byte[]> member = new KafkaConsumer<>(config)) {
                consumer = member;
                if (closing) {
                    return;
                }
                if (member.partitionsFor(topic).isEmpty()) {
                    throw new IllegalStateException("topic " + topic + " does not exist; create it as the deployment"
                            + " declares it (deploy/k8s/kafka/topics.yaml)");
                }
                member.subscribe(List.of(topic), new Rebalances(member, listener));
                while (!closing) {
                    member.poll(Duration.ofMillis(500));
                }
            } catch (WakeupException e) {
                // close() interrupts the poll; closing the consumer hands the partitions over
            } catch (RuntimeException e) {
                if (closing) {
                    return;
                }
                String reason = (e.getCause() != null ? e.getCause() : e).getMessage();
                LOG.errorf(e, "left the group, joining again in %s: %s", RETRY, reason);
                listener.failed(reason);
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing = true;
        }
    }

    /** Leaves the group: its partitions are released (the listener told) before the others take them over. */
    @Override
    public void close() {
        closing = true;
        KafkaConsumer<byte[], byte[]> member = consumer;
        if (member != null) {
            member.wakeup();
        }
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            try {
                running.join(Duration.ofSeconds(60).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Hands assignment changes to the listener, keeping every partition paused. */
    private final class Rebalances implements ConsumerRebalanceListener {

        private final KafkaConsumer<byte[], byte[]> member;
        private final Listener listener;

        Rebalances(KafkaConsumer<byte[], byte[]> member, Listener listener) {
            this.member = member;
            this.listener = listener;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
            Set<Integer> held = numbers(member.assignment());
            held.removeAll(numbers(revoked));
            listener.releasing(held, partitionCount());
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
            member.pause(member.assignment());
            listener.holding(numbers(member.assignment()), partitionCount());
        }

        private int partitionCount() {
            return member.partitionsFor(topic).size();
        }
    }

    private static Set<Integer> numbers(Collection<TopicPartition> partitions) {
        return partitions.stream().map(TopicPartition::partition).collect(Collectors.toCollection(TreeSet::new));
    }
}
