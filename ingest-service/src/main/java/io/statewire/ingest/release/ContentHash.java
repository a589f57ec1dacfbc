package io.statewire.ingest.release;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;

/** {@code sha256:<hex>} over a release's paragraphs, each NFC-normalised with whitespace collapsed. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(List<String> paragraphs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String paragraph : paragraphs) {
                String normalized = Normalizer.normalize(paragraph, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
                digest.update(normalized.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
