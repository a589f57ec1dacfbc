package io.statewire.ingest.extract;

import java.util.List;

/** What a profile found on an article page; {@code publishedAt}, {@code docNumber} and {@code language} may be null. */
public record ExtractedArticle(
        String title,
        String publishedAt,
        String docNumber,
        String language,
        List<String> tags,
        List<String> paragraphs) {
}
