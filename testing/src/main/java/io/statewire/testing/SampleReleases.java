package io.statewire.testing;

import io.statewire.contracts.PressRelease;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Builds {@code press-release/1} events for tests. */
public final class SampleReleases {

    private SampleReleases() {
    }

    public static PressRelease release(String releaseId, int revision, String... paragraphs) {
        return release("test-site", releaseId, revision, List.of(paragraphs));
    }

    /** A release of {@code source}, e.g. a test run's own source so that its records can be told from others. */
    public static PressRelease release(String source, String releaseId, int revision, List<String> paragraphs) {
        return new PressRelease(PressRelease.SCHEMA, releaseId, revision, source,
                "http://127.0.0.1/releases/" + releaseId.replace(':', '-'), null, "Release " + releaseId,
                "2026-11-27T10:00:00+03:00", "en", List.of(), List.copyOf(paragraphs), hash(paragraphs),
                "2026-11-27T08:00:00Z");
    }

    /** The same release in another language, e.g. to put it in another dedup scope. */
    public static PressRelease inLanguage(PressRelease r, String language) {
        return new PressRelease(r.schema(), r.releaseId(), r.revision(), r.source(), r.url(), r.docNumber(), r.title(),
                r.publishedAt(), language, r.tags(), r.paragraphs(), r.contentHash(), r.fetchedAt());
    }

    private static String hash(List<String> paragraphs) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", paragraphs).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
