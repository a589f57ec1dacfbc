package io.statewire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class DocumentTitleTest {

    private static String title(String html) {
        return DocumentTitle.of(Jsoup.parse(html));
    }

    @Test
    void siteNameIsCutOff() {
        assertThat(title("<title>Talks on energy cooperation with Kazakhstan | Ministry of Energy</title>"))
                .isEqualTo("Talks on energy cooperation with Kazakhstan");
        assertThat(title("<title>Energy Ministry: Talks on energy cooperation with Kazakhstan</title>"))
                .isEqualTo("Talks on energy cooperation with Kazakhstan");
    }

    @Test
    void aCutLeavingFourWordsOrFewerKeepsTheWholeTitle() {
        assertThat(title("<title>Mozilla - Wikipedia</title><body><h1>Mozilla</h1></body>")).isEqualTo("Mozilla - Wikipedia");
        assertThat(title("<title>Talks with Pakistan - Ministry of Foreign Affairs</title>"))
                .isEqualTo("Talks with Pakistan - Ministry of Foreign Affairs");
    }

    @Test
    void aTitlePushedIntoTheBodyStillCounts() {
        assertThat(title("\uFEFF<!DOCTYPE html><html><head><title>Statement on the earthquake in Westland</title></head>"
                + "<body><svg><title>icon</title></svg><p>Text</p></body></html>"))
                .isEqualTo("Statement on the earthquake in Westland");
        assertThat(title("<html><body><p>No title</p></body></html>")).isNull();
    }
}
