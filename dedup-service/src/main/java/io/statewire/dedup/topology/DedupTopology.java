package io.statewire.dedup.topology;

import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.Passage;
import io.statewire.contracts.Topics;
import io.statewire.dedup.text.PassageSplitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The dedup topology: consumes {@code press.releases}, produces {@code press.passages} and
 * {@code press.releases.dlq}.
 * <ol>
 *   <li>read each release; unreadable records go to the dead-letter topic with reason headers;</li>
 *   <li>split the release into paragraph passages with their fingerprints;</li>
 *   <li>repartition by exact fingerprint, so that every copy of a passage, whatever release and partition it
 *       came from, meets the same store; forward only first sightings;</li>
 *   <li>key the survivors by release again and publish them.</li>
 * </ol>
 */
@ApplicationScoped
public class DedupTopology {

    public static final String SEEN_PASSAGES_STORE = "seen-passages";
    static final String BY_FINGERPRINT = "passages-by-fingerprint";

    @Produces
    public Topology topology() {
        return build();
    }

    public static Topology build() {
        var passageSerde = JsonSerde.passages();
        var builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SEEN_PASSAGES_STORE), Serdes.String(), new JsonSerde<>(FirstSeen.class)));

        KStream<String, DecodedRelease> decoded = builder
                .stream(Topics.RELEASES, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-releases"))
                .processValues(ReleaseDecoder::new, Named.as("decode-release"));

        decoded.split(Named.as("release-"))
                .branch((releaseId, release) -> !release.isOk(), Branched.withConsumer(failed -> failed
                        .mapValues(DecodedRelease::raw, Named.as("raw-value"))
                        .to(Topics.deadLetter(Topics.RELEASES), Produced.with(Serdes.String(), Serdes.ByteArray())
                                .withName("write-release-dead-letters")), "dead-letter"))
                .defaultBranch(Branched.withConsumer(ok -> ok
                        .flatMapValues(release -> PassageSplitter.split(release.release()), Named.as("split-passages"))
                        .selectKey((releaseId, passage) -> passage.passageId(), Named.as("key-by-fingerprint"))
                        .repartition(Repartitioned.with(Serdes.String(), passageSerde).withName(BY_FINGERPRINT))
                        .processValues(FirstSightingFilter::new, Named.as("first-sightings"), SEEN_PASSAGES_STORE)
                        .selectKey((passageId, passage) -> passage.releaseId(), Named.as("key-by-release"))
                        .to(Topics.PASSAGES, Produced.with(Serdes.String(), passageSerde).withName("write-passages")),
                        "ok"));
        return builder.build();
    }
}
