package io.statewire.ingest.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.ingest.poll.ReleaseSink;
import io.statewire.ingest.state.ReleaseState;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes a release to {@code press.releases} and its state to {@code ingest.release-state}, both keyed by
 * {@code releaseId}, in one Kafka transaction: a release is never published without being remembered, nor
 * remembered without being published. Waits for the commit.
 */
@ApplicationScoped
public class KafkaReleaseSink implements ReleaseSink {

    static final String RELEASES_OUT = "releases-out";

    private final KafkaTransactions<byte[]> transactions;

    public KafkaReleaseSink(@Channel(RELEASES_OUT) KafkaTransactions<byte[]> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void publish(PressRelease release, ReleaseState state) {
        transactions.withTransaction(emitter -> {
            emitter.send(record(Topics.RELEASES, release.releaseId(), EventJson.write(release)));
            emitter.send(record(Topics.INGEST_STATE, state.releaseId(), EventJson.write(state)));
            return Uni.createFrom().voidItem();
        }).await().indefinitely();
    }

    private static Message<byte[]> record(String topic, String key, byte[] value) {
        return Message.of(value).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic).withKey(key).build());
    }
}
