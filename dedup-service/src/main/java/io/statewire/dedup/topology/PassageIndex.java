package io.statewire.dedup.topology;

import io.statewire.dedup.text.ContentWords;
import io.statewire.dedup.text.NearCopies;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The published passages of the scopes one task holds, and how to find what a new passage repeats. Three stores:
 * <ul>
 *   <li>{@code passage-index} (changelogged, the only state that must survive): {@code <scope>|<id64>} to the
 *       {@link IndexedPassage}, where id64 is the first 8 bytes of the passage id. One record per published
 *       passage; an exact repeat is one look-up here.</li>
 *   <li>{@code passage-bands} (local only): {@code <scope>|<band key>} to the id64s of the passages with that
 *       {@link io.statewire.dedup.text.MinHashBands} key, the candidates for near copies: the newest
 *       {@value #BAND_LIMIT} only, so that a family of templates (thousands of "congratulated X on his birthday")
 *       costs a probe a bounded number of look-ups. A near copy of an older family member can then pass: the safe
 *       way to fail.</li>
 *   <li>{@code passage-expiry} (local only): {@code <seenAt>|<scope>|<id64>}, the passages in time order, so
 *       that expiry reads only what expires.</li>
 * </ul>
 * The two local stores are derived from {@code passage-index}: they are written alongside it, and rebuilt from it
 * when they do not reflect it (a task restored on another instance, or after its state was wiped). Which version
 * they reflect is a counter of changes that the caller keeps in changelogged state and hands in.
 */
final class PassageIndex {

    static final int BAND_LIMIT = 32;
    private static final HexFormat HEX = HexFormat.of();
    private static final Bytes SYNCED = Bytes.wrap(new byte[] {0, 's', 'y', 'n', 'c'});
    private final KeyValueStore<Bytes, byte[]> passages;
    private final KeyValueStore<Bytes, byte[]> bands;
    private final KeyValueStore<Bytes, byte[]> expiry;

    /** What a passage repeats: the earlier passage and their similarity (1 for the same normalised text). */
    record Match(IndexedPassage earlier, double similarity, boolean exact) {
    }

    PassageIndex(KeyValueStore<Bytes, byte[]> passages, KeyValueStore<Bytes, byte[]> bands,
            KeyValueStore<Bytes, byte[]> expiry) {
        this.passages = passages;
        this.bands = bands;
        this.expiry = expiry;
    }

    /**
     * What the index holds for a new passage: the earlier passage it repeats ({@code match}, null if none), and what
     * was read to find out, so that recording the passage reads nothing twice.
     */
    record Lookup(Match match, boolean idTaken, byte[][] bandLists) {
    }

    /** Looks a passage up in {@code scope}; {@code bandKeys} are its MinHash bands (none if too short to match). */
    Lookup find(String scope, String passageId, ContentWords words, int[] bandKeys) {
        IndexedPassage same = get(scope, id64(passageId));
        if (same != null && same.passageId().equals(passageId)) {
            return new Lookup(new Match(same, 1.0, true), true, null);
        }
        if (words.size() < NearCopies.MIN_WORDS) {
            return new Lookup(null, same != null, new byte[0][]);
        }
        byte[][] lists = new byte[bandKeys.length][];
        Set<Long> candidates = new LinkedHashSet<>();
        for (int band = 0; band < bandKeys.length; band++) {
            lists[band] = bands.get(bandKey(scope, bandKeys[band]));
            if (lists[band] != null) {
                for (ByteBuffer ids = ByteBuffer.wrap(lists[band]); ids.remaining() >= Long.BYTES; ) {
                    candidates.add(ids.getLong());
                }
            }
        }
        int[] probe = words.hashes();
        Match best = null;
        for (long candidate : candidates) {
            IndexedPassage earlier = get(scope, candidate);
            if (earlier == null) {
                continue;
            }
            NearCopies.Comparison comparison = NearCopies.compare(earlier.words(), probe);
            if (comparison.repeat() && (best == null || comparison.similarity() > best.similarity())) {
                best = new Match(earlier, comparison.similarity(), false);
            }
        }
        return new Lookup(best, same != null, lists);
    }

    /**
     * Records a published passage after {@link #find} found nothing it repeats (its band keys are those looked up,
     * none for a passage too short to match, with the lists {@code lookup} read). A passage whose id64 is taken
     * already, by another text, is not recorded.
     */
    void add(String scope, IndexedPassage passage, Lookup lookup) {
        if (lookup.idTaken()) {
            return;
        }
        long id = id64(passage.passageId());
        passages.put(passageKey(scope, id), passage.encode());
        index(scope, id, passage.seenAt(), passage.bands(), lookup.bandLists());
    }

    /** Deletes the passages first seen before {@code oldest} (epoch ms), reading only those. */
    int expire(long oldest) {
        List<Bytes> expired = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> due = expiry.range(expiryKey(0, "", 0), expiryKey(oldest, "", 0))) {
            while (due.hasNext()) {
                expired.add(due.next().key);
            }
        }
        for (Bytes key : expired) {
            ByteBuffer buffer = ByteBuffer.wrap(key.get());
            long seenAt = buffer.getLong();
            byte[] scopeAndId = Arrays.copyOfRange(key.get(), Long.BYTES, key.get().length);
            Bytes passageKey = Bytes.wrap(scopeAndId);
            byte[] stored = passages.get(passageKey);
            IndexedPassage passage = stored == null ? null : IndexedPassage.decode(stored);
            if (passage != null && passage.seenAt() == seenAt) {
                unindexBands(scopeOf(scopeAndId), idOf(scopeAndId), passage.bands());
                passages.delete(passageKey);
            }
            expiry.delete(key);
        }
        return expired.size();
    }

    /** True when the local stores reflect {@code version} of the passages store. */
    boolean isSynced(long version) {
        byte[] synced = bands.get(SYNCED);
        return synced != null && ByteBuffer.wrap(synced).getLong() == version;
    }

    /** Notes that the local stores now reflect {@code version} of the passages store. */
    void synced(long version) {
        bands.put(SYNCED, ByteBuffer.allocate(Long.BYTES).putLong(version).array());
    }

    /**
     * Rebuilds the local stores from the passages store; returns how many passages it indexed. A band list is read
     * before it is extended only when this rebuild may have written it already ({@link WrittenKeys}): most band keys
     * are met once, so a rebuild costs about one write, not a read and a write, per band.
     */
    int rebuild(long version) {
        clear(bands);
        clear(expiry);
        var written = new WrittenKeys(passages.approximateNumEntries() * io.statewire.dedup.text.MinHashBands.BANDS);
        int count = 0;
        try (KeyValueIterator<Bytes, byte[]> all = passages.all()) {
            while (all.hasNext()) {
                KeyValue<Bytes, byte[]> entry = all.next();
                String scope = scopeOf(entry.key.get());
                long id = idOf(entry.key.get());
                IndexedPassage passage = IndexedPassage.decode(entry.value);
                byte[][] lists = new byte[passage.bands().length][];
                for (int band = 0; band < lists.length; band++) {
                    Bytes bandKey = bandKey(scope, passage.bands()[band]);
                    lists[band] = written.add(bandKey.get()) ? null : bands.get(bandKey);
                }
                index(scope, id, passage.seenAt(), passage.bands(), lists);
                count++;
            }
        }
        synced(version);
        return count;
    }

    /** Adds a passage to its band lists ({@code lists}: the lists as they are, null where there is none). */
    private void index(String scope, long id, long seenAt, int[] bandKeys, byte[][] lists) {
        List<KeyValue<Bytes, byte[]>> updated = new ArrayList<>(bandKeys.length);
        for (int band = 0; band < bandKeys.length; band++) {
            Bytes key = bandKey(scope, bandKeys[band]);
            byte[] ids = lists[band];
            int kept = ids == null ? 0 : Math.min(ids.length, (BAND_LIMIT - 1) * Long.BYTES);
            byte[] more = new byte[kept + Long.BYTES];
            if (kept > 0) {
                System.arraycopy(ids, ids.length - kept, more, 0, kept);
            }
            ByteBuffer.wrap(more, kept, Long.BYTES).putLong(id);
            updated.add(KeyValue.pair(key, more));
        }
        bands.putAll(updated);
        expiry.put(expiryKey(seenAt, scope, id), new byte[0]);
    }

    private void unindexBands(String scope, long id, int[] bandKeys) {
        for (int band : bandKeys) {
            Bytes key = bandKey(scope, band);
            byte[] ids = bands.get(key);
            if (ids == null) {
                continue;
            }
            ByteBuffer kept = ByteBuffer.allocate(ids.length);
            for (ByteBuffer all = ByteBuffer.wrap(ids); all.remaining() >= Long.BYTES; ) {
                long other = all.getLong();
                if (other != id) {
                    kept.putLong(other);
                }
            }
            if (kept.position() == 0) {
                bands.delete(key);
            } else {
                bands.put(key, Arrays.copyOf(kept.array(), kept.position()));
            }
        }
    }

    private IndexedPassage get(String scope, long id) {
        byte[] stored = passages.get(passageKey(scope, id));
        return stored == null ? null : IndexedPassage.decode(stored);
    }

    private static void clear(KeyValueStore<Bytes, byte[]> store) {
        List<Bytes> keys = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> all = store.all()) {
            while (all.hasNext()) {
                keys.add(all.next().key);
            }
        }
        keys.forEach(store::delete);
    }

    static long id64(String passageId) {
        return ByteBuffer.wrap(HEX.parseHex(passageId, 0, 16)).getLong();
    }

    /** The scope of a {@code passage-index} key ({@code <scope>|<id64>}). */
    private static String scopeOf(byte[] passageKey) {
        return new String(passageKey, 0, passageKey.length - Long.BYTES - 1, StandardCharsets.UTF_8);
    }

    /** The id64 of a {@code passage-index} key. */
    private static long idOf(byte[] passageKey) {
        return ByteBuffer.wrap(passageKey, passageKey.length - Long.BYTES, Long.BYTES).getLong();
    }

    static Bytes passageKey(String scope, long id) {
        byte[] prefix = (scope + "|").getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(prefix.length + Long.BYTES).put(prefix).putLong(id).array());
    }

    private static Bytes bandKey(String scope, int band) {
        byte[] prefix = (scope + "|").getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(prefix.length + Integer.BYTES).put(prefix).putInt(band).array());
    }

    private static Bytes expiryKey(long seenAt, String scope, long id) {
        byte[] passage = scope.isEmpty() ? new byte[0] : passageKey(scope, id).get();
        return Bytes.wrap(ByteBuffer.allocate(Long.BYTES + passage.length).putLong(seenAt).put(passage).array());
    }
}
