package io.statewire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedDatesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-01-29T16:05:00+03:00|2023-01-29T16:05+03:00",
        "Sun, 29 Jan 2023 16:05:00 +0300|2023-01-29T16:05+03:00",
        "29.01.2023 16:05|2023-01-29T16:05+03:00",
        "29.01.2023|2023-01-29",
        "29 января / 2023|2023-01-29",
        "31 января 2023|2023-01-31",
        "31 января 2023 г., 12:30|2023-01-31T12:30+03:00",
        "29 January 2023|2023-01-29",
        "  7 May 2024, 09:15 |2024-05-07T09:15+03:00",
        "2023-01-29T16:05|2023-01-29T16:05+03:00",
    })
    void readsTheFormsPressPagesUse(String text, String iso) {
        assertThat(PublishedDates.parse(text, MOSCOW)).contains(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"yesterday", "32.13.2023", "29 Brumaire 2023", "''"})
    void leavesOtherTextAlone(String text) {
        assertThat(PublishedDates.parse(text, MOSCOW)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"29.01.2023 16:05|2023-01-29T16:05"})
    void withoutZoneALocalTimeStaysLocal(String text, String iso) {
        assertThat(PublishedDates.parse(text, null)).contains(iso);
    }
}
