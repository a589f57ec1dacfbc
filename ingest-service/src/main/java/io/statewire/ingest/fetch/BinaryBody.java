package io.statewire.ingest.fetch;

/**
 * Tells a decoded body that is not text: one in which more than {@value #MAX_SHARE_PERCENT} % of the characters are
 * control characters that text does not use (the "binary data bytes" of WHATWG MIME sniffing: NUL to BS, VT, SO to
 * SUB, FS to US) or bytes that did not decode (U+FFFD) is an image, an archive or text in a charset nobody named,
 * labelled as text. Such a body is never read as a page.
 */
final class BinaryBody {

    static final int MAX_SHARE_PERCENT = 1;

    private BinaryBody() {
    }

    static boolean isBinary(String text) {
        return unreadablePercent(text) > MAX_SHARE_PERCENT;
    }

    /** The share of control characters and U+FFFD in {@code text}, in percent (0 for an empty text). */
    static double unreadablePercent(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long unreadable = text.chars().filter(BinaryBody::unreadable).count();
        return 100.0 * unreadable / text.length();
    }

    private static boolean unreadable(int c) {
        return c <= 0x08 || c == 0x0b || (c >= 0x0e && c <= 0x1a) || (c >= 0x1c && c <= 0x1f) || c == 0xfffd;
    }
}
