package io.statewire.ingest.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page body: the charset named by the Content-Type header, else by a byte-order mark, else by a
 * {@code <meta>} tag or XML declaration in the first bytes, else UTF-8. An unknown charset name falls back the same
 * way.
 */
final class Charsets {

    private static final Pattern HEADER = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile(
            "<meta[^>]+charset=[\"']?([\\w.:-]+)|<\\?xml[^>]+encoding=[\"']([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;

    private Charsets() {
    }

    static String decode(byte[] body, String contentType) {
        if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE);
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = named(HEADER.matcher(contentType == null ? "" : contentType));
        if (charset == null) {
            String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            charset = named(META.matcher(head));
        }
        return new String(body, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private static Charset named(Matcher matcher) {
        if (!matcher.find()) {
            return null;
        }
        String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        try {
            return Charset.forName(name.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
