package io.statewire.ingest.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.PipelineHeaders;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.ingest.poll.ReleaseSink;
import io.statewire.ingest.state.ReleaseState;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Publishes a release to {@code press.releases} and its state to {@code ingest.release-state}, both keyed by
 * {@code releaseId}, in one Kafka transaction: a release is never published without being remembered, nor
 * remembered without being published. A forgotten release's state is removed by a tombstone (a null value), which
 * the compacted topic eventually drops. Waits for the commit, then logs the release (its id in the log context as
 * {@code releaseId}). The release record carries its fetch time in the {@link PipelineHeaders#FETCHED_AT} header.
 */
@ApplicationScoped
public class KafkaReleaseSink implements ReleaseSink {

    static final String RELEASES_OUT = "releases-out";
    private static final Logger LOG = Logger.getLogger(KafkaReleaseSink.class);

    private final KafkaTransactions<byte[]> transactions;

    public KafkaReleaseSink(@Channel(RELEASES_OUT) KafkaTransactions<byte[]> transactions) {
        this.transactions = transactions;
    }

    /** One transaction at a time: the channel's producer has one, and polls of several sources publish at once. */
    @Override
    public synchronized void publish(PressRelease release, ReleaseState state) {
        MDC.put("releaseId", release.releaseId());
        try {
            Headers fetchedAt = new RecordHeaders().add(PipelineHeaders.FETCHED_AT,
                    release.fetchedAt().getBytes(StandardCharsets.UTF_8));
            transactions.withTransaction(emitter -> {
                emitter.send(record(Topics.RELEASES, release.releaseId(), EventJson.write(release), fetchedAt));
                emitter.send(record(Topics.INGEST_STATE, state.releaseId(), EventJson.write(state),
                        new RecordHeaders()));
                return Uni.createFrom().voidItem();
            }).await().indefinitely();
            LOG.infof("published release %s revision %d (%d paragraphs) from %s", release.releaseId(),
                    release.revision(), release.paragraphs().size(), release.url());
        } finally {
            MDC.remove("releaseId");
        }
    }

    /** Writes a tombstone for each release's state, all in one transaction, so that a restart reads none back. */
    @Override
    public synchronized void forget(List<ReleaseState> states) {
        transactions.withTransaction(emitter -> {
            states.forEach(state -> emitter.send(record(Topics.INGEST_STATE, state.releaseId(), null,
                    new RecordHeaders())));
            return Uni.createFrom().voidItem();
        }).await().indefinitely();
        states.forEach(state -> LOG.infof("forgot release %s (%s): neither published nor listed by its source for the"
                + " retention", state.releaseId(), state.url()));
    }

    private static Message<byte[]> record(String topic, String key, byte[] value, Headers headers) {
        return Message.of(value).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic).withKey(key).withHeaders(headers).build());
    }
}
