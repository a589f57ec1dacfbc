package io.statewire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BinaryBodyTest {

    @Test
    void textWithItsUsualWhitespaceIsText() {
        String page = "<html>\r\n<body>\t<p>Заявление\u000cМИД — «текст»</p>\n</body></html>".repeat(50);
        assertThat(BinaryBody.isBinary(page)).isFalse();
        assertThat(BinaryBody.unreadablePercent(page)).isZero();
        assertThat(BinaryBody.isBinary("")).isFalse();
    }

    @Test
    void aFewStrayControlCharactersOrBadBytesAreTolerated() {
        String page = "<p>" + "a".repeat(1000) + "\u0000\ufffd" + "</p>";
        assertThat(BinaryBody.isBinary(page)).isFalse();
    }

    @Test
    void randomBytesDecodedAsTextAreBinary() {
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        assertThat(BinaryBody.isBinary(new String(bytes, StandardCharsets.UTF_8))).isTrue();
        assertThat(BinaryBody.isBinary(new String(bytes, StandardCharsets.ISO_8859_1))).isTrue();
    }

    @Test
    void textInACharsetNobodyNamedIsNotReadAsAPage() {
        byte[] cp1251 = "<p>Заявление Министерства иностранных дел</p>".getBytes(Charset.forName("windows-1251"));
        String decoded = new String(cp1251, StandardCharsets.UTF_8);
        assertThat(BinaryBody.unreadablePercent(decoded)).isGreaterThan(50);
        assertThat(BinaryBody.isBinary(decoded)).isTrue();
    }
}
