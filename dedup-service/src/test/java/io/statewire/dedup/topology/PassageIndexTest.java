package io.statewire.dedup.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.dedup.text.ContentWords;
import io.statewire.dedup.text.Fingerprints;
import io.statewire.dedup.text.MinHashBands;
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
        add("en", passage(TALKS, "r:1", 1_000), TALKS);
        PassageIndex.Match exact = find("en", TALKS);
        assertThat(exact.exact()).isTrue();
        assertThat(exact.earlier().releaseId()).isEqualTo("r:1");

        String near = TALKS.replace("reviewed", "discussed");
        PassageIndex.Match match = find("en", near);
        assertThat(match.exact()).isFalse();
        assertThat(match.similarity()).isBetween(0.8, 1.0);
        assertThat(find("ru", near)).isNull();
        assertThat(find("en", AID)).isNull();
    }

    @Test
    void expiryReadsOnlyWhatExpiresAndForgetsItEverywhere() {
        add("en", passage(TALKS, "r:1", 1_000), TALKS);
        add("en", passage(AID, "r:2", 5_000), AID);
        assertThat(index.expire(2_000)).isEqualTo(1);
        assertThat(find("en", TALKS)).isNull();
        String near = TALKS.replace("reviewed", "discussed");
        assertThat(find("en", near)).isNull();
        assertThat(find("en", AID)).isNotNull();
        assertThat(keys(passages)).hasSize(1);
        assertThat(keys(expiry)).hasSize(1);
        assertThat(index.expire(2_000)).isZero();
    }

    @Test
    void localStoresAreRebuiltFromThePassagesWhenTheyDoNotReflectThem() {
        add("en", passage(TALKS, "r:1", 1_000), TALKS);
        index.synced(1);
        assertThat(index.isSynced(1)).isTrue();
        assertThat(index.isSynced(2)).as("the passages store moved on elsewhere").isFalse();
        keys(bands).forEach(bands::delete);
        keys(expiry).forEach(expiry::delete);
        String near = TALKS.replace("reviewed", "discussed");
        assertThat(find("en", near)).as("bands lost").isNull();

        assertThat(index.rebuild(2)).isEqualTo(1);
        assertThat(index.isSynced(2)).isTrue();
        assertThat(find("en", near)).isNotNull();
        assertThat(index.expire(2_000)).isEqualTo(1);
    }

    @Test
    void aRebuildKeepsEveryPassageOfABandThatSeveralShare() {
        for (int n = 0; n < 5; n++) {
            String template = TALKS.replace("offshore fields", "offshore field number " + n);
            add("en", passage(template, "r:" + n, 1_000 + n), template);
        }
        keys(bands).forEach(bands::delete);
        assertThat(index.rebuild(7)).isEqualTo(5);
        for (int n = 0; n < 5; n++) {
            String nearCopy = TALKS.replace("offshore fields", "offshore field number " + n).replace("prepare", "draft");
            assertThat(find("en", nearCopy).earlier().releaseId()).isEqualTo("r:" + n);
        }
    }

    @Test
    void writtenKeysNeverCallAWrittenKeyNew() {
        var written = new WrittenKeys(1_000);
        int calledNew = 0;
        for (int key = 0; key < 5_000; key++) {
            calledNew += written.add(new byte[] {(byte) key, (byte) (key >> 8), 1}) ? 1 : 0;
        }
        assertThat(calledNew).as("new keys called new (a few may be taken for written)").isGreaterThan(4_950);
        for (int key = 0; key < 5_000; key++) {
            assertThat(written.add(new byte[] {(byte) key, (byte) (key >> 8), 1})).as("again, key %d", key).isFalse();
        }
    }

    @Test
    void aBandKeepsItsNewestPassagesOnlySoATemplateFamilyCostsBoundedLookUps() {
        for (int n = 0; n < PassageIndex.BAND_LIMIT + 10; n++) {
            String template = TALKS.replace("offshore fields", "offshore field number " + n);
            add("en", passage(template, "r:" + n, 1_000 + n), template);
        }
        try (KeyValueIterator<Bytes, byte[]> all = bands.all()) {
            all.forEachRemaining(band -> assertThat(band.value.length).isLessThanOrEqualTo(
                    PassageIndex.BAND_LIMIT * Long.BYTES));
        }
        String newest = TALKS.replace("offshore fields", "offshore field number " + (PassageIndex.BAND_LIMIT + 9));
        String nearNewest = newest.replace("prepare", "draft");
        assertThat(find("en", nearNewest).earlier().releaseId())
                .isEqualTo("r:" + (PassageIndex.BAND_LIMIT + 9));
    }

    private PassageIndex.Match find(String scope, String text) {
        ContentWords words = ContentWords.of(text);
        return index.find(scope, id(text), words, MinHashBands.of(words.shingles())).match();
    }

    /** Looks the passage up, then records it, as the deduplicator does with a new passage. */
    private void add(String scope, IndexedPassage passage, String text) {
        ContentWords words = ContentWords.of(text);
        index.add(scope, passage, index.find(scope, passage.passageId(), words, passage.bands()));
    }

    private static IndexedPassage passage(String text, String releaseId, long seenAt) {
        ContentWords words = ContentWords.of(text);
        return new IndexedPassage(id(text), releaseId, 1, 0, seenAt, words.hashes(), MinHashBands.of(words.shingles()));
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
