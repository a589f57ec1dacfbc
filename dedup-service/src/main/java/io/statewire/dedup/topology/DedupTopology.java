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
 *   <li>Repartition the release once, by its dedup scope ({@link DedupScope}, default its language:
 *       {@value #BY_SCOPE}). One task then holds its scope's whole passage index, so the same passage in two
 *       releases from two partitions meets one index, in one order: the order of the scope's partition, fixed
 *       once written, so a replay after a failure decides the same way (the first in that order wins).</li>
 *   <li>Split the release into passages (paragraphs, long ones cut at sentences), drop boilerplate, and decide
 *       each passage in release order against the index ({@link ScopeDeduplicator}): unique ones go to
 *       {@code press.passages} and join the index, repeats go to {@code press.passages.repeats}.</li>
 * </ol>
 * Why one repartition per release rather than per passage: the earlier design sent each passage to the owner of
 * its fingerprint and of each of its bands and gathered the verdicts back by release, four repartitions of every
 * passage and a gather store, and still could not order two near copies on two partitions. Here a release crosses
 * the broker once more, and a passage costs one index look-up, a few band look-ups and, when new, one changelogged
 * record. The price is that a scope's throughput is that of one task. Measured with {@code bench/run-dedup.sh}
 * (bench/RESULTS-dedup.md, on this project's 2-core machine with the broker in the same JVM), one task decides about
 * 2,000 passages a second (1,968 with 1,000,000 passages stored, 1,868 with 10,000), against some 50,000 passages a
 * day from every official press room one would watch (thousands of releases a day): under one a second on average,
 * and a day's backlog in under a minute. Most of a passage's cost is the look-up of its 16 band keys (about 7 us a
 * Kafka Streams RocksDB read), not the repartition: with the index skipped, the topology runs at 0.79 of a
 * pass-through.
 * <p>
 * State per task: the passage index (one changelogged store, two local stores derived from it) and the counters;
 * with {@code exactly_once_v2} each release's outputs and state changes commit atomically with its input offset.
 */
public final class DedupTopology {

    public static final String PASSAGES_STORE = "passage-index";
    public static final String BANDS_STORE = "passage-bands";
    public static final String EXPIRY_STORE = "passage-expiry";
    public static final String STATS_STORE = "dedup-stats";
    static final String BY_SCOPE = "releases-by-scope";

    private DedupTopology() {
    }

    public static Topology build(DedupSettings settings) {
        return build(settings, DedupCounters.NONE);
    }

    /** The topology, counting passages by verdict and dead letters into {@code counters}. */
    public static Topology build(DedupSettings settings, DedupCounters counters) {
        var builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PASSAGES_STORE),
                Serdes.Bytes(), Serdes.ByteArray()).withCachingDisabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BANDS_STORE),
                Serdes.Bytes(), Serdes.ByteArray()).withCachingDisabled().withLoggingDisabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EXPIRY_STORE),
                Serdes.Bytes(), Serdes.ByteArray()).withCachingDisabled().withLoggingDisabled());
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
                .defaultBranch(Branched.withConsumer(ok -> deduplicate(ok, settings.scope(), splitter, expiry,
                        counters), "ok"));
        return builder.build();
    }

    private static void deduplicate(KStream<String, DecodedRelease> releases, DedupScope scope,
            PassageSplitter splitter, Expiry expiry, DedupCounters counters) {
        KStream<String, Outcome> outcomes = releases
                .map((releaseId, release) -> org.apache.kafka.streams.KeyValue.pair(scope.of(release.release()),
                        release.raw()), Named.as("key-by-scope"))
                .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName(BY_SCOPE))
                .process(() -> new ScopeDeduplicator(splitter, expiry, counters), Named.as("deduplicate"),
                        PASSAGES_STORE, BANDS_STORE, EXPIRY_STORE, STATS_STORE);

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
