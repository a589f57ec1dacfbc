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
 *   <li>Exact repeats: repartition by exact fingerprint ({@value #BY_FINGERPRINT}). All copies of a text, from any
 *       release on any partition and any instance, meet the single owner of that fingerprint, which keeps the
 *       first to arrive and calls every later one a repeat. This covers the common cases exactly: the same text
 *       twice on a page, a re-published release, the old paragraphs of an extended one.</li>
 *   <li>Near repeats: each new text of at least 12 words goes, reduced to its identity, order and SimHash, to the
 *       owners of its four SimHash band values ({@value #BY_BAND}). A near
 *       copy (at most 3 bits apart) shares at least one band value, so it meets the earlier text at one band owner.
 *       A band owner only calls a probe a repeat of a text that precedes it in stream order (release record time,
 *       release id, revision, position), so two near copies never suppress each other: nothing is lost. Two near
 *       copies arriving within one commit interval on different partitions can both be kept when every shared band
 *       owner sees the later one first; exact copies are never affected.</li>
 *   <li>Gather: every candidate (sent once, in full, by its exact owner) and every band verdict go back by release
 *       id ({@value #VERDICTS}); once every passage of a release revision is settled, its passages go out in release
 *       order, unique ones to {@code press.passages}, repeats to
 *       {@code press.passages.repeats}. Classification downstream sees each release's passages in order.</li>
 * </ol>
 * State: first sightings by fingerprint and the band index (both purged after the retention), the releases being
 * gathered, and the counters; all changelogged, so a restarted instance carries on where it stopped. With
 * {@code exactly_once_v2} each step's output and state changes commit atomically with its input offsets.
 */
public final class DedupTopology {

    public static final String BAND_INDEX_STORE = "band-index";
    public static final String SEEN_PASSAGES_STORE = "seen-passages";
    public static final String PENDING_RELEASES_STORE = "pending-releases";
    public static final String PENDING_PASSAGES_STORE = "pending-passages";
    public static final String STATS_STORE = "dedup-stats";
    static final String BY_FINGERPRINT = "passages-by-fingerprint";
    static final String BY_BAND = "passages-by-band";
    static final String VERDICTS = "verdicts-by-release";

    private DedupTopology() {
    }

    public static Topology build(DedupSettings settings) {
        return build(settings, DedupCounters.NONE);
    }

    /** The topology, counting passages by verdict and dead letters into {@code counters}. */
    public static Topology build(DedupSettings settings, DedupCounters counters) {
        var builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BAND_INDEX_STORE),
                Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SEEN_PASSAGES_STORE),
                Serdes.String(), new InternalJsonSerde<>(FirstSeen.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_RELEASES_STORE),
                Serdes.String(), new InternalJsonSerde<>(PendingRelease.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_PASSAGES_STORE),
                Serdes.String(), new InternalJsonSerde<>(PendingRelease.Gathered.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STATS_STORE),
                Serdes.String(), Serdes.Long()));
        var splitter = new PassageSplitter(settings.boilerplate(), settings.maxPassageChars());
        var expiry = new Expiry(settings.retention(), settings.purgeInterval());

        KStream<String, DecodedRelease> decoded = builder
                .stream(Topics.RELEASES, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-releases"))
                .processValues(() -> new ReleaseDecoder(counters), Named.as("decode-release"));

        decoded.split(Named.as("release-"))
                .branch((releaseId, release) -> !release.isOk(), Branched.withConsumer(failed -> failed
                        .mapValues(DecodedRelease::raw, Named.as("raw-value"))
                        .to(Topics.deadLetter(Topics.RELEASES), Produced.with(Serdes.String(), Serdes.ByteArray())
                                .withName("write-release-dead-letters")), "dead-letter"))
                .defaultBranch(Branched.withConsumer(ok -> deduplicate(ok, splitter, expiry, counters), "ok"));
        return builder.build();
    }

    private static void deduplicate(KStream<String, DecodedRelease> releases, PassageSplitter splitter,
            Expiry expiry, DedupCounters counters) {
        KStream<String, Routed> routed = releases
                .process(() -> new ReleaseSplitter(splitter, counters), Named.as("split-passages"))
                .repartition(Repartitioned.with(Serdes.String(), new InternalJsonSerde<>(Candidate.class))
                        .withName(BY_FINGERPRINT))
                .process(() -> new ExactOwner(expiry),
                        Named.as("match-exact"), SEEN_PASSAGES_STORE);

        KStream<String, Gather> candidates = routed
                .filter((key, route) -> !route.isProbe(), Named.as("candidates"))
                .mapValues(Routed::gather, Named.as("candidate"));
        KStream<String, Gather> bandVerdicts = routed
                .filter((key, route) -> route.isProbe(), Named.as("band-probes"))
                .mapValues(Routed::probe, Named.as("band-probe"))
                .repartition(Repartitioned.with(Serdes.String(), new InternalJsonSerde<>(BandProbe.class))
                        .withName(BY_BAND))
                .process(() -> new BandMatcher(expiry),
                        Named.as("match-in-band"), BAND_INDEX_STORE);

        KStream<String, Outcome> outcomes = candidates.merge(bandVerdicts, Named.as("all-verdicts"))
                .repartition(Repartitioned.with(Serdes.String(), new InternalJsonSerde<>(Gather.class))
                        .withName(VERDICTS))
                .process(() -> new ReleaseAssembler(counters), Named.as("assemble-release"), PENDING_RELEASES_STORE, PENDING_PASSAGES_STORE, STATS_STORE);

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
