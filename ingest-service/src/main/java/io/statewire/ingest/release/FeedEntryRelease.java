package io.statewire.ingest.release;

import io.statewire.contracts.PressRelease;
import io.statewire.ingest.discover.FeedEntry;
import io.statewire.ingest.extract.EntryContent;
import io.statewire.ingest.extract.LanguageGuess;
import io.statewire.ingest.profile.Profile;
import io.statewire.ingest.source.SourceDefinition;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A release built from a feed entry that carries its whole text (a source with {@code feed-content: full}), without a
 * request for its page. Consumes the entry; produces what a page fetch would: the release id and URL of the entry's
 * link ({@link ReleaseIds}), the paragraphs of the entry's content ({@link EntryContent}) and their content hash, the
 * entry's title (else its link), date and categories (as tags), the document number the profile's selectors find in
 * the content (else null), and the source's language (else a guess from the text). {@link #release} gives it a
 * revision.
 */
public record FeedEntryRelease(String source, String releaseId, String url, String docNumber, String title,
        String publishedAt, String language, List<String> tags, List<String> paragraphs, String contentHash) {

    public FeedEntryRelease {
        tags = List.copyOf(tags);
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * The release {@code entry} carries; empty when the entry has no content or its content no text (a video, a
     * gallery, a teaser in the wrong element), so that the release's page is fetched instead.
     */
    public static Optional<FeedEntryRelease> from(SourceDefinition source, Profile profile, FeedEntry entry) {
        if (entry.content() == null) {
            return Optional.empty();
        }
        EntryContent content = EntryContent.read(profile, entry.content(), entry.title());
        if (content.paragraphs().isEmpty()) {
            return Optional.empty();
        }
        String title = entry.title() != null && !entry.title().isBlank() ? entry.title() : entry.url().toString();
        String language = source.language() != null ? source.language() : LanguageGuess.of(content.paragraphs());
        return Optional.of(new FeedEntryRelease(source.id(), ReleaseIds.of(profile, source.id(), entry.url()),
                ReleaseIds.normalize(entry.url()).toString(), content.docNumber(), title, entry.publishedAt(), language,
                entry.categories(), content.paragraphs(), ContentHash.of(content.paragraphs())));
    }

    /** This release as revision {@code revision}, built at {@code fetchedAt}. */
    public PressRelease release(int revision, Instant fetchedAt) {
        return new PressRelease(PressRelease.SCHEMA, releaseId, revision, source, url, docNumber, title, publishedAt,
                language, tags, paragraphs, contentHash, fetchedAt.truncatedTo(ChronoUnit.MILLIS).toString());
    }
}
