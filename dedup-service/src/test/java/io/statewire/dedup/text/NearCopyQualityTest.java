package io.statewire.dedup.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.PassageRepeat;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.dedup.topology.DedupScope;
import io.statewire.dedup.topology.DedupSettings;
import io.statewire.dedup.topology.DedupTopology;
import io.statewire.testing.SampleReleases;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * Near-copy quality on the labelled sets, measured through the dedup topology itself (band look-up, confirmation,
 * template rule): each pair is a release with passage {@code a} followed by one with passage {@code b}, in a scope
 * of its own, and {@code b} counts as judged a repeat when it comes out on {@code press.passages.repeats}. Prints
 * the figures per set, language and kind; fails below floors set from the measured figures. The held-out set was
 * split off before any tuning (the split is in the README beside the sets) and is only counted, never listed.
 */
class NearCopyQualityTest {

    private static final String HELD_OUT_SHA256 = "2c94bae10559d7438dfc54ab4d4ce109652059ab0aeb0f598bc0afc0acd684d1";

    // Floors set from the figures measured when the method was fixed (dev: precision 1.000, recall 0.990, templates
    // kept 1.000; held-out: precision 0.989, recall 0.940, templates kept 0.987; written: precision 1.000, recall
    // 0.847). The targets are recall >= 0.95, precision >= 0.99, templates kept >= 0.99.

    @Test
    void realOfficialTextDevelopmentSet() {
        NearCopyQuality quality = measure(LabelledRealPairs.load("real-pairs-dev.jsonl"), true);
        assertFloors(quality, 0.99, 0.99, 0.99);
    }

    @Test
    void realOfficialTextHeldOutSet() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/near-duplicates/real-pairs-heldout.jsonl")) {
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            assertThat(sha256).as("the held-out set is not edited").isEqualTo(HELD_OUT_SHA256);
        }
        NearCopyQuality quality = measure(LabelledRealPairs.load("real-pairs-heldout.jsonl"), false);
        assertFloors(quality, 0.93, 0.98, 0.98);
    }

    /**
     * The set the team wrote, kept as a regression check. Its Russian synonyms and its renamed organisations
     * ("European Union" / "EU") are held for other statements by design: a replaced Russian word, or a changed
     * name, may be a new fact.
     */
    @Test
    void writtenRegressionSet() {
        List<LabelledPairs.Pair> written = LabelledPairs.load();
        NearCopyQuality quality = measure(written.stream().map(p -> new LabelledRealPairs.Pair(p.group() + ":"
                + p.edit(), p.group().startsWith("ru-") ? "ru" : "en", p.a(), p.b(), p.duplicate(),
                p.duplicate() ? "edit" : p.edit().equals("different statement") ? "same-subject" : "template-number",
                "")).toList(), true);
        assertThat(quality.pairs()).isGreaterThanOrEqualTo(250);
        assertThat(quality.recall()).isGreaterThanOrEqualTo(0.84);
        assertThat(quality.precision()).isGreaterThanOrEqualTo(0.99);
    }

    /** A real set's size, and its figures at or above their floors. */
    private static void assertFloors(NearCopyQuality quality, double recall, double precision, double templatesKept) {
        assertThat(quality.pairs()).isEqualTo(200);
        assertThat(quality.recall()).isGreaterThanOrEqualTo(recall);
        assertThat(quality.precision()).isGreaterThanOrEqualTo(precision);
        assertThat(quality.templatesKept()).isGreaterThanOrEqualTo(templatesKept);
    }

    /** Measures a set; {@code showErrors} names each wrong pair (never for the held-out set: it is not read). */
    private static NearCopyQuality measure(List<LabelledRealPairs.Pair> pairs, boolean showErrors) {
        var byKind = new NearCopyQuality();
        var byLanguage = new NearCopyQuality();
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "near-copy-quality");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        var settings = new DedupSettings(Duration.ofDays(180), Duration.ofHours(1), 100_000,
                DedupSettings.defaults().boilerplate(), DedupScope.SOURCE);
        try (var driver = new TopologyTestDriver(DedupTopology.build(settings), props)) {
            var releases = driver.createInputTopic(Topics.RELEASES, Serdes.String().serializer(),
                    Serdes.ByteArray().serializer());
            var repeats = driver.createOutputTopic(Topics.PASSAGE_REPEATS, Serdes.String().deserializer(),
                    new JsonSerde<>(PassageRepeat.class).deserializer());
            int n = 0;
            for (LabelledRealPairs.Pair pair : pairs) {
                String source = "pair-" + n++;
                releases.pipeInput(source + ":a", EventJson.write(release(source, "a", pair.a(), pair.lang())));
                releases.pipeInput(source + ":b", EventJson.write(release(source, "b", pair.b(), pair.lang())));
            }
            Set<String> repeated = new HashSet<>();
            repeats.readValuesToList().forEach(repeat -> repeated.add(repeat.releaseId()));
            n = 0;
            for (LabelledRealPairs.Pair pair : pairs) {
                boolean predicted = repeated.contains("pair-" + n++ + ":b");
                byKind.add(pair.repeat(), pair.isTemplate(), predicted, pair.kind());
                byLanguage.add(pair.repeat(), pair.isTemplate(), predicted, pair.lang());
                if (showErrors && predicted != pair.repeat()) {
                    System.out.printf("  %s %s [%s]%n", predicted ? "taken for a repeat:" : "missed:", pair.id(),
                            pair.kind());
                }
            }
        }
        System.out.print(byKind.summary("near copies by kind"));
        System.out.print(byLanguage.summary("near copies by language"));
        return byKind;
    }

    private static PressRelease release(String source, String suffix, String text, String language) {
        return SampleReleases.inLanguage(SampleReleases.release(source, source + ":" + suffix, 1, List.of(text)),
                language);
    }
}
