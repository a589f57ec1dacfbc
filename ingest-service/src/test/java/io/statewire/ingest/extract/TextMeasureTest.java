package io.statewire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextMeasureTest {

    private static Element first(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @Test
    void linkDensityIsTheLinkedShareOfTheTextAsReadSpacesBetweenWordsIncluded() {
        // "Milford Sound" is 13 characters as read, the rest 32 (whitespace at the ends of a text node not counted)
        Element caption = first("<p><a href=\"/wiki/Milford\">Milford Sound</a>   is one of the\n most famous places</p>");
        assertThat(TextMeasure.linkDensity(caption)).isCloseTo(13 / 45.0, within(1e-9));
    }

    @Test
    void linksWithinThePageCountForLessAndTextWithoutLinksForNothing() {
        Element note = first("<p>See the note <a href=\"#n1\">[1]</a></p>");
        assertThat(TextMeasure.linkDensity(note)).isCloseTo(0.3 * 3 / 15.0, within(1e-9));
        assertThat(TextMeasure.linkDensity(first("<p>No links here.</p>"))).isZero();
    }
}
