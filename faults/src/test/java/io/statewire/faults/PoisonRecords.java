package io.statewire.faults;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Records that break the contract of an input topic, in four kinds taken in turn: invalid JSON (cut off), invalid
 * UTF-8 inside a JSON string, oversize (about 1,000,000 bytes, just under the broker's default limit of about 1 MiB,
 * of JSON that never ends, as a writer cut off at a size limit leaves it) and null (no value at all). Each is keyed
 * {@code <prefix>-<n>} so that its dead letter can be found by key.
 */
final class PoisonRecords {

    /** The kinds of poison, in the order {@link #record} takes them. */
    static final String[] KINDS = {"invalid-json", "invalid-utf8", "oversize", "null"};
    static final int OVERSIZE_BYTES = 1_000_000;

    private PoisonRecords() {
    }

    /** Poison record {@code n} for {@code topic}, whose events have schema {@code schema}. */
    static ProducerRecord<String, byte[]> record(String topic, String keyPrefix, int n, String schema) {
        String key = keyPrefix + "-" + n;
        String start = "{\"schema\":\"" + schema + "\",\"releaseId\":\"" + key + "\",\"text\":\"";
        byte[] value = switch (KINDS[n % KINDS.length]) {
            case "invalid-json" -> (start + "an unfinished sentence").getBytes(StandardCharsets.UTF_8);
            case "invalid-utf8" -> concat(start.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28,
                    (byte) 0xFF, (byte) 0xFE}, "\"}".getBytes(StandardCharsets.UTF_8));
            case "oversize" -> oversize(start);
            default -> null;
        };
        return new ProducerRecord<>(topic, key, value);
    }

    private static byte[] oversize(String start) {
        byte[] value = new byte[OVERSIZE_BYTES];
        byte[] head = start.getBytes(StandardCharsets.UTF_8);
        byte[] filler = "The delegation notes the long report on the harbour. ".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, value, 0, head.length);
        for (int i = head.length; i < value.length; i++) {
            value[i] = filler[(i - head.length) % filler.length];
        }
        return value;
    }

    private static byte[] concat(byte[]... parts) {
        byte[] all = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
