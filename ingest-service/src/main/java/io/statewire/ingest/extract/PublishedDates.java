package io.statewire.ingest.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date forms press pages and feeds use into ISO-8601 text: ISO-8601 itself, RFC 1123 (RSS
 * {@code pubDate}), {@code 29.01.2023 16:05}, and dates with month names in English or Russian
 * ({@code 29 января / 2023}, {@code 31 января 2023}, {@code 29 January 2023, 16:05}). A local time gets the
 * source's zone when one is given, else stays local; a bare date stays a date.
 */
public final class PublishedDates {

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?:\\D+(\\d{1,2}):(\\d{2}))?");
    private static final Map<String, Integer> MONTHS = months();
    private static final Pattern NAMED_DATE = Pattern.compile(
            "(\\d{1,2})\\s+(\\p{L}+)\\.?\\s*(?:/\\s*)?,?\\s*(\\d{4})(?:\\D{0,12}?(\\d{1,2}):(\\d{2}))?",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final List<Function<String, String>> ISO_AND_RFC = List.of(
            text -> OffsetDateTime.parse(text).toString(),
            text -> ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString());

    private PublishedDates() {
    }

    /** ISO-8601 text for {@code text}, with {@code zone} applied to local times when given. */
    public static Optional<String> parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip().replaceAll("\\s+", " ");
        for (Function<String, String> parser : ISO_AND_RFC) {
            try {
                return Optional.of(parser.apply(value));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(withZone(LocalDateTime.parse(value), zone));
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(value).toString());
        } catch (DateTimeParseException e) {
            // try the next form
        }
        Matcher dotted = DOTTED_DATE.matcher(value);
        if (dotted.find()) {
            try {
                return Optional.of(format(LocalDate.parse(dotted.group(1), DOTTED), dotted.group(2), dotted.group(3), zone));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Matcher named = NAMED_DATE.matcher(value);
        while (named.find()) {
            Integer month = MONTHS.get(named.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                LocalDate date = LocalDate.of(Integer.parseInt(named.group(3)), month, Integer.parseInt(named.group(1)));
                return Optional.of(format(date, named.group(4), named.group(5), zone));
            }
        }
        return Optional.empty();
    }

    private static String format(LocalDate date, String hour, String minute, ZoneId zone) {
        if (hour == null) {
            return date.toString();
        }
        return withZone(date.atTime(LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute))), zone);
    }

    private static String withZone(LocalDateTime local, ZoneId zone) {
        return zone == null ? local.toString() : local.atZone(zone).toOffsetDateTime().toString();
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "января", "январь"}, {"february", "feb", "февраля", "февраль"},
            {"march", "mar", "марта", "март"}, {"april", "apr", "апреля", "апрель"}, {"may", "мая", "май"},
            {"june", "jun", "июня", "июнь"}, {"july", "jul", "июля", "июль"}, {"august", "aug", "августа", "август"},
            {"september", "sep", "sept", "сентября", "сентябрь"}, {"october", "oct", "октября", "октябрь"},
            {"november", "nov", "ноября", "ноябрь"}, {"december", "dec", "декабря", "декабрь"}};
        Map<String, Integer> months = new java.util.HashMap<>();
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m]) {
                months.put(name, m + 1);
            }
        }
        return Map.copyOf(months);
    }
}
