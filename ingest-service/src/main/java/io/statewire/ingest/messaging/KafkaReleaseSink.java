package io.statewire.ingest.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.statewire.contracts.EventJson;
import io.statewire.contracts.PressRelease;
import io.statewire.ingest.poll.ReleaseSink;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes releases to {@code press.releases}, keyed by {@code releaseId}, and waits for the broker's acknowledgement. */
@ApplicationScoped
public class KafkaReleaseSink implements ReleaseSink {

    static final String RELEASES_OUT = "releases-out";

    private final MutinyEmitter<byte[]> emitter;

    public KafkaReleaseSink(@Channel(RELEASES_OUT) MutinyEmitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    @Override
    public void publish(PressRelease release) {
        emitter.sendMessageAndAwait(Message.of(EventJson.write(release))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(release.releaseId()).build()));
    }
}
