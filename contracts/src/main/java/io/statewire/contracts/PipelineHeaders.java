package io.statewire.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Kafka headers that travel with a release through the pipeline, beside the JSON contracts: ingest-service sets
 * them on {@code press.releases}, dedup-service copies them onto every record it writes to {@code press.passages}.
 */
public final class PipelineHeaders {

    /**
     * When ingest-service fetched the release, an ISO-8601 instant such as {@code 2026-11-27T08:00:00.123Z} (the
     * release's {@code fetchedAt}); classify-service measures the delay to the statement from it.
     */
    public static final String FETCHED_AT = "statewire-fetched-at";

    private PipelineHeaders() {
    }

    /** The {@link #FETCHED_AT} instant of a record; empty when the header is absent or not an ISO-8601 time. */
    public static Optional<Instant> fetchedAt(Headers headers) {
        Header header = headers.lastHeader(FETCHED_AT);
        return header == null || header.value() == null ? Optional.empty()
                : parse(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** An ISO-8601 instant ({@code ...Z}) or date-time with an offset ({@code ...+03:00}); empty when neither. */
    public static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
