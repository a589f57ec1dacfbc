package io.statewire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String TEXT = "Заявление МИД России";

    @Test
    void takesTheHeadersCharset() {
        assertThat(Charsets.decode(page("", TEXT).getBytes(CP1251), "text/html; charset=windows-1251"))
                .contains(TEXT);
        assertThat(Charsets.decode("<p>café</p>".getBytes(StandardCharsets.ISO_8859_1), "text/html; charset=iso-8859-1"))
                .isEqualTo("<p>café</p>");
    }

    @Test
    void takesTheMetaTagOrXmlDeclarationWithoutAHeaderCharset() {
        assertThat(Charsets.decode(page("<meta charset=\"windows-1251\">", TEXT).getBytes(CP1251), "text/html"))
                .contains(TEXT);
        byte[] feed = ("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><title>" + TEXT + "</title></rss>")
                .getBytes(CP1251);
        assertThat(Charsets.decode(feed, "application/rss+xml")).contains(TEXT);
    }

    @Test
    void readsUtf8LabelledLatin1AsUtf8() {
        byte[] body = page("<meta charset=\"utf-8\">", TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(Charsets.decode(body, "text/html; charset=iso-8859-1")).contains(TEXT);
        assertThat(Charsets.decode(body, "text/html; charset=windows-1251")).contains(TEXT);
    }

    @Test
    void passesOverAUtf8HeaderOnBytesThatAreNotUtf8() {
        byte[] body = page("<meta charset=\"windows-1251\">", TEXT).getBytes(CP1251);
        assertThat(Charsets.decode(body, "text/html; charset=utf-8")).contains(TEXT);
    }

    @Test
    void aByteOrderMarkOverridesEveryLabel() {
        byte[] text = page("<meta charset=\"windows-1251\">", TEXT).getBytes(StandardCharsets.UTF_16LE);
        byte[] body = new byte[text.length + 2];
        body[0] = (byte) 0xff;
        body[1] = (byte) 0xfe;
        System.arraycopy(text, 0, body, 2, text.length);
        assertThat(Charsets.decode(body, "text/html; charset=iso-8859-1")).contains(TEXT);
    }

    @Test
    void plainAsciiFollowsItsLabelAndUnknownNamesArePassedOver() {
        assertThat(Charsets.decode("<p>plain</p>".getBytes(StandardCharsets.UTF_16BE), "text/html; charset=utf-16be"))
                .isEqualTo("<p>plain</p>");
        byte[] body = page("<meta charset=\"windows-1251\">", TEXT).getBytes(CP1251);
        assertThat(Charsets.decode(body, "text/html; charset=no-such-charset")).contains(TEXT);
    }

    @Test
    void withoutAnyLabelBytesThatAreNotUtf8DecodeWithReplacementCharacters() {
        assertThat(Charsets.decode(TEXT.getBytes(CP1251), "text/html")).contains("\ufffd").doesNotContain("Заяв");
    }

    private static String page(String meta, String text) {
        return "<html><head>" + meta + "<title>" + text + "</title></head><body><p>" + text + "</p></body></html>";
    }
}
