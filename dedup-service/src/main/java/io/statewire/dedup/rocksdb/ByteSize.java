package io.statewire.dedup.rocksdb;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a size setting such as {@code 64m}, {@code 64MiB}, {@code 512k} or {@code 1048576} (bytes) into bytes.
 * Units are binary: k = 1024, m = 1024², g = 1024³; {@code b}, {@code ib} and {@code iB} after the unit are allowed.
 */
public final class ByteSize {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,13})\\s*(?:([kmg])(?:i?b)?|b)?");

    private ByteSize() {
    }

    /** The bytes that {@code value} of the setting {@code key} gives; fails naming the setting when it is no size. */
    public static long parse(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is not set (a size such as 64m)");
        }
        Matcher size = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!size.matches()) {
            throw new IllegalArgumentException(key + "=" + value + " is not a size: give bytes or a number with "
                    + "k, m or g (binary units), such as 64m");
        }
        long number = Long.parseLong(size.group(1));
        String unit = size.group(2);
        int shift = unit == null ? 0 : switch (unit) {
            case "k" -> 10;
            case "m" -> 20;
            default -> 30;
        };
        if (number > Long.MAX_VALUE >> shift) {
            throw new IllegalArgumentException(key + "=" + value + " is too large");
        }
        return number << shift;
    }

    /** {@code bytes} in MiB, for messages. */
    public static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
