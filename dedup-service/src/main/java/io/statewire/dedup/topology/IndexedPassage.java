package io.statewire.dedup.topology;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;

/**
 * A published passage as the passage index keeps it: its id (the exact fingerprint), where it was published, when
 * it was first seen (release record time), its content words ({@link io.statewire.dedup.text.ContentWords}
 * hashes) and its band keys ({@link io.statewire.dedup.text.MinHashBands}). Stored in a compact binary form: the id
 * as 16 bytes, the release id in UTF-8, then the numbers.
 */
record IndexedPassage(String passageId, String releaseId, int revision, int position, long seenAt, int[] words,
        int[] bands) {

    private static final HexFormat HEX = HexFormat.of();

    byte[] encode() {
        var bytes = new ByteArrayOutputStream(48 + 4 * (words.length + bands.length));
        try (var out = new DataOutputStream(bytes)) {
            byte[] id = HEX.parseHex(passageId);
            out.writeByte(id.length);
            out.write(id);
            out.writeUTF(releaseId);
            out.writeInt(revision);
            out.writeInt(position);
            out.writeLong(seenAt);
            out.writeInt(words.length);
            for (int word : words) {
                out.writeInt(word);
            }
            out.writeByte(bands.length);
            for (int band : bands) {
                out.writeInt(band);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static IndexedPassage decode(byte[] value) {
        try (var in = new DataInputStream(new java.io.ByteArrayInputStream(value))) {
            byte[] id = in.readNBytes(in.readUnsignedByte());
            String releaseId = in.readUTF();
            int revision = in.readInt();
            int position = in.readInt();
            long seenAt = in.readLong();
            int[] words = new int[in.readInt()];
            for (int i = 0; i < words.length; i++) {
                words[i] = in.readInt();
            }
            int[] bands = new int[in.readUnsignedByte()];
            for (int i = 0; i < bands.length; i++) {
                bands[i] = in.readInt();
            }
            return new IndexedPassage(HEX.formatHex(id), releaseId, revision, position, seenAt, words, bands);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable passage index entry", e);
        }
    }
}
