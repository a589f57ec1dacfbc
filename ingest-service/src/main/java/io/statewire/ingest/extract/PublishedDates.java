package io.statewire.ingest.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses the date forms press pages and feeds use into ISO-8601 text: with offset when the page gives one or
 * the source's zone is known, else a local date-time or a bare date.
 */
public final class PublishedDates {

    private static final DateTimeFormatter DOTTED_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final List<Function<String, String>> PARSERS = List.of(
            text -> OffsetDateTime.parse(text).toString(),
            text -> ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString(),
            text -> LocalDateTime.parse(text).toString(),
            text -> LocalDate.parse(text).toString());

    private PublishedDates() {
    }

    /** ISO-8601 text for {@code text}, with {@code zone} applied to local times when given. */
    public static Optional<String> parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        for (Function<String, String> parser : PARSERS) {
            try {
                return Optional.of(parser.apply(value));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            LocalDateTime local = LocalDateTime.parse(value, DOTTED_TIME);
            return Optional.of(zone == null ? local.toString() : local.atZone(zone).toOffsetDateTime().toString());
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(value, DOTTED).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
