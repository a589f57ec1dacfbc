package io.statewire.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page body. A byte-order mark decides. Else a body that is valid UTF-8 and not plain ASCII is UTF-8
 * whatever its labels say: text in another charset practically never forms valid multi-byte UTF-8 sequences, while
 * servers often label UTF-8 pages ISO-8859-1 by default. Else the charset named by the Content-Type header, or by a
 * {@code <meta>} tag or XML declaration in the first bytes, whichever comes first of those that can be right (a
 * UTF-8 label on bytes that are not UTF-8 is passed over, as is an unknown charset name); else UTF-8.
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
        boolean ascii = isAscii(body);
        if (!ascii && isUtf8(body)) {
            return new String(body, StandardCharsets.UTF_8);
        }
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        for (Charset label : labels(contentType, head)) {
            if (ascii || !label.equals(StandardCharsets.UTF_8)) {
                return new String(body, label);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The known charsets the header and then the meta tag (or XML declaration) name, without repeats. */
    private static Set<Charset> labels(String contentType, String head) {
        Set<Charset> labels = new LinkedHashSet<>();
        Charset header = named(HEADER.matcher(contentType == null ? "" : contentType));
        if (header != null) {
            labels.add(header);
        }
        Charset meta = named(META.matcher(head));
        if (meta != null) {
            labels.add(meta);
        }
        return labels;
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the whole body decodes as UTF-8 without a malformed sequence (decoded in slices, not kept). */
    private static boolean isUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !decoder.flush(out).isError();
            }
            out.clear();
        }
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
