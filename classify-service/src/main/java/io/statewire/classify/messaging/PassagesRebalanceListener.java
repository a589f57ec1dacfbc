package io.statewire.classify.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Keeps {@link SpeakerTurnStore} in step with the {@code press.passages} partitions this instance owns: turns of
 * assigned partitions are read back (on the polling thread, before their records are fetched), turns of revoked
 * ones are dropped.
 */
@ApplicationScoped
@Identifier(PassagesRebalanceListener.NAME)
public class PassagesRebalanceListener implements KafkaConsumerRebalanceListener {

    static final String NAME = "passages-rebalance";
    private static final Logger LOG = Logger.getLogger(PassagesRebalanceListener.class);

    private final SpeakerTurnStore turns;

    public PassagesRebalanceListener(SpeakerTurnStore turns) {
        this.turns = turns;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        // read_committed: waits until a transaction of the partitions' previous owner that holds offsets has ended,
        // so the turns read next include everything up to the offsets this instance resumes from
        consumer.committed(Set.copyOf(partitions));
        turns.load(partitions.stream().map(TopicPartition::partition).toList());
        LOG.infof("speaker turns loaded for %s", partitions);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        turns.forget(partitions.stream().map(TopicPartition::partition).toList());
    }
}
