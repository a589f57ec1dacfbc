package io.statewire.dedup.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.dedup.text.ContentWords;
import io.statewire.dedup.text.Fingerprints;
import io.statewire.dedup.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PassageIndexTest {

    private static final String TALKS = "The ministers reviewed the supply of crude oil through the Caspian Pipeline "
            + "Consortium and agreed to prepare an agreement on the joint development of offshore fields.";
    private static final String AID = "An aircraft of the Ministry of Emergency Situations delivered humanitarian aid "
            + "to the civilian population of the region, including food, medicines and tents.";
    private KeyValueStore<Bytes, byte[]> passages;
    private KeyValueStore<Bytes, byte[]> bands;
    private KeyValueStore<Bytes, byte[]> expiry;
    private PassageIndex index;

    @BeforeEach
    void stores() {
        var context = new MockProcessorContext<>();
        passages = store("passages", context);
        bands = store("bands", context);
        expiry = store("expiry", context);
        index = new PassageIndex(passages, bands, expiry);
    }

    @Test
    void findsTheSameTextAndANearCopyOnlyInItsScope() {
        index.add("en", passage(TALKS, "r:1", 1_000));
        PassageIndex.Match exact = index.find("en", id(TALKS), ContentWords.of(TALKS));
        assertThat(exact.exact()).isTrue();
        assertThat(exact.earlier().releaseId()).isEqualTo("r:1");

        String near = TALKS.replace("reviewed", "discussed");
        PassageIndex.Match match = index.find("en", id(near), ContentWords.of(near));
        assertThat(match.exact()).isFalse();
        assertThat(match.similarity()).isBetween(0.8, 1.0);
        assertThat(index.find("ru", id(near), ContentWords.of(near))).isNull();
        assertThat(index.find("en", id(AID), ContentWords.of(AID))).isNull();
    }

    @Test
    void expiryReadsOnlyWhatExpiresAndForgetsItEverywhere() {
        index.add("en", passage(TALKS, "r:1", 1_000));
        index.add("en", passage(AID, "r:2", 5_000));
        assertThat(index.expire(2_000)).isEqualTo(1);
        assertThat(index.find("en", id(TALKS), ContentWords.of(TALKS))).isNull();
        String near = TALKS.replace("reviewed", "discussed");
        assertThat(index.find("en", id(near), ContentWords.of(near))).isNull();
        assertThat(index.find("en", id(AID), ContentWords.of(AID))).isNotNull();
        assertThat(keys(passages)).hasSize(1);
        assertThat(keys(expiry)).hasSize(1);
        assertThat(index.expire(2_000)).isZero();
    }

    @Test
    void localStoresAreRebuiltFromThePassagesWhenTheyDoNotReflectThem() {
        index.add("en", passage(TALKS, "r:1", 1_000));
        index.synced(1);
        assertThat(index.isSynced(1)).isTrue();
        assertThat(index.isSynced(2)).as("the passages store moved on elsewhere").isFalse();
        keys(bands).forEach(bands::delete);
        keys(expiry).forEach(expiry::delete);
        String near = TALKS.replace("reviewed", "discussed");
        assertThat(index.find("en", id(near), ContentWords.of(near))).as("bands lost").isNull();

        assertThat(index.rebuild(2)).isEqualTo(1);
        assertThat(index.isSynced(2)).isTrue();
        assertThat(index.find("en", id(near), ContentWords.of(near))).isNotNull();
        assertThat(index.expire(2_000)).isEqualTo(1);
    }

    @Test
    void aBandKeepsItsNewestPassagesOnlySoATemplateFamilyCostsBoundedLookUps() {
        for (int n = 0; n < PassageIndex.BAND_LIMIT + 10; n++) {
            String template = TALKS.replace("offshore fields", "offshore field number " + n);
            index.add("en", passage(template, "r:" + n, 1_000 + n));
        }
        try (KeyValueIterator<Bytes, byte[]> all = bands.all()) {
            all.forEachRemaining(band -> assertThat(band.value.length).isLessThanOrEqualTo(
                    PassageIndex.BAND_LIMIT * Long.BYTES));
        }
        String newest = TALKS.replace("offshore fields", "offshore field number " + (PassageIndex.BAND_LIMIT + 9));
        String nearNewest = newest.replace("prepare", "draft");
        assertThat(index.find("en", id(nearNewest), ContentWords.of(nearNewest)).earlier().releaseId())
                .isEqualTo("r:" + (PassageIndex.BAND_LIMIT + 9));
    }

    private static IndexedPassage passage(String text, String releaseId, long seenAt) {
        return new IndexedPassage(id(text), releaseId, 1, 0, seenAt, ContentWords.of(text).hashes());
    }

    private static String id(String text) {
        return Fingerprints.exact(TextNormalizer.normalize(text));
    }

    private static List<Bytes> keys(KeyValueStore<Bytes, byte[]> store) {
        List<Bytes> keys = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> all = store.all()) {
            all.forEachRemaining(entry -> keys.add(entry.key));
        }
        return keys;
    }

    private static KeyValueStore<Bytes, byte[]> store(String name, MockProcessorContext<?, ?> context) {
        KeyValueStore<Bytes, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                Serdes.Bytes(), Serdes.ByteArray()).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
