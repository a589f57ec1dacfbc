package io.statewire.dedup.topology;

import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.PassageRepeat;
import io.statewire.contracts.Topics;
import io.statewire.dedup.text.PassageSplitter;
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
 * The dedup topology: consumes {@code press.releases}; produces {@code press.passages} (passages not seen before),
 * {@code press.passages.repeats} (the others, with what they repeat) and {@code press.releases.dlq}.
 * <ol>
 *   <li>Read each release; unreadable records go to the dead-letter topic with reason headers.</li>
 *   <li>Split it into passages (paragraphs, long ones cut at sentences), drop boilerplate, fingerprint the rest.</li>
 *   <li>Scatter: send each passage to the owners of its four SimHash band values ({@value #BY_BAND} repartition
 *       topic). Every copy or near copy of a passage, from any release on any partition, shares at least one band
 *       value with it and so meets it at one band owner; that is what makes the result independent of how releases
 *       are partitioned and of how many instances run. Each band owner answers whether an earlier passage in its
 *       bucket matches; "earlier" is a total order (release record time, release id, revision, position), so two
 *       copies never suppress each other and the first one is kept.</li>
 *   <li>Gather: the verdicts go back by release id ({@value #VERDICTS} repartition topic); once all four bands
 *       of every passage of a release revision have answered, the passages go out in release order, unique ones to
 *       {@code press.passages}, repeats to {@code press.passages.repeats}. Classification downstream sees each
 *       release's passages in order.</li>
 * </ol>
 * State: the band index and the first sightings (both purged after the retention), the releases being gathered,
 * and the counters; all changelogged, so a restarted instance carries on where it stopped. With
 * {@code exactly_once_v2}, each step's output and state changes commit atomically with its input offsets.
 * Two copies that arrive within one commit interval on different partitions can both be kept when each band owner
 * sees the later copy first; nothing is ever lost that way, and the window is the commit interval.
 */
public final class DedupTopology {

    public static final String BAND_INDEX_STORE = "band-index";
    public static final String SEEN_PASSAGES_STORE = "seen-passages";
    public static final String PENDING_RELEASES_STORE = "pending-releases";
    public static final String STATS_STORE = "dedup-stats";
    static final String BY_BAND = "passages-by-band";
    static final String VERDICTS = "verdicts-by-release";

    private DedupTopology() {
    }

    public static Topology build(DedupSettings settings) {
        var builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BAND_INDEX_STORE),
                Serdes.String(), new JsonSerde<>(IndexEntry.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SEEN_PASSAGES_STORE),
                Serdes.String(), new JsonSerde<>(FirstSeen.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_RELEASES_STORE),
                Serdes.String(), new JsonSerde<>(PendingRelease.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STATS_STORE),
                Serdes.String(), Serdes.Long()));
        var splitter = new PassageSplitter(settings.boilerplate(), settings.maxPassageChars());

        KStream<String, DecodedRelease> decoded = builder
                .stream(Topics.RELEASES, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-releases"))
                .processValues(ReleaseDecoder::new, Named.as("decode-release"));

        decoded.split(Named.as("release-"))
                .branch((releaseId, release) -> !release.isOk(), Branched.withConsumer(failed -> failed
                        .mapValues(DecodedRelease::raw, Named.as("raw-value"))
                        .to(Topics.deadLetter(Topics.RELEASES), Produced.with(Serdes.String(), Serdes.ByteArray())
                                .withName("write-release-dead-letters")), "dead-letter"))
                .defaultBranch(Branched.withConsumer(ok -> deduplicate(ok, splitter, settings), "ok"));
        return builder.build();
    }

    private static void deduplicate(KStream<String, DecodedRelease> releases, PassageSplitter splitter,
            DedupSettings settings) {
        KStream<String, Outcome> outcomes = releases
                .process(() -> new ReleaseSplitter(splitter), Named.as("split-passages"))
                .repartition(Repartitioned.with(Serdes.String(), new JsonSerde<>(BandProbe.class)).withName(BY_BAND))
                .process(() -> new BandMatcher(settings.retention(), settings.purgeInterval()),
                        Named.as("match-in-band"), BAND_INDEX_STORE)
                .repartition(Repartitioned.with(Serdes.String(), new JsonSerde<>(BandVerdict.class)).withName(VERDICTS))
                .process(() -> new ReleaseAssembler(settings.retention(), settings.purgeInterval()),
                        Named.as("assemble-release"), PENDING_RELEASES_STORE, SEEN_PASSAGES_STORE, STATS_STORE);

        outcomes.split(Named.as("outcome-"))
                .branch((releaseId, outcome) -> outcome.isUnique(), Branched.withConsumer(unique -> unique
                        .mapValues(Outcome::unique, Named.as("unique-passage"))
                        .to(Topics.PASSAGES, Produced.with(Serdes.String(), JsonSerde.passages())
                                .withName("write-passages")), "unique"))
                .defaultBranch(Branched.withConsumer(repeats -> repeats
                        .mapValues(Outcome::repeat, Named.as("repeat"))
                        .to(Topics.PASSAGE_REPEATS, Produced.with(Serdes.String(), new JsonSerde<>(PassageRepeat.class))
                                .withName("write-repeats")), "repeat"));
    }
}
