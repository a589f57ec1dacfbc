package io.statewire.bench.ceiling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures out of what Kafka's {@code ProducerPerformance} and {@code ConsumerPerformance} print. MB are
 * the tools' own: MiB (1,048,576 bytes) of uncompressed record payload.
 */
public final class PerfToolOutput {

    /** ProducerPerformance's final summary, the only line with latency percentiles. */
    private static final Pattern PRODUCER_SUMMARY = Pattern.compile(
            "^(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\).* 50th.*");

    private PerfToolOutput() {
    }

    /** What a producer or consumer run measured; {@code joinMillis} is the consumer's group join (0 for a producer). */
    public record Rate(long records, double recordsPerSecond, double megabytesPerSecond, long joinMillis) {
    }

    /** The summary of a ProducerPerformance run; fails when its output has none. */
    public static Rate producer(List<String> lines) {
        Rate rate = null;
        for (String line : lines) {
            Matcher summary = PRODUCER_SUMMARY.matcher(line.strip());
            if (summary.matches()) {
                rate = new Rate(Long.parseLong(summary.group(1)), Double.parseDouble(summary.group(2)),
                        Double.parseDouble(summary.group(3)), 0);
            }
        }
        if (rate == null) {
            throw new IllegalStateException("no summary line in ProducerPerformance's output:\n" + String.join("\n", lines));
        }
        return rate;
    }

    /**
     * The rate of a ConsumerPerformance run over its fetch time, that is without joining the group (reported
     * apart): its header line names the comma-separated figures of the line below it.
     */
    public static Rate consumer(List<String> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith("start.time")) {
                String[] names = lines.get(i).split(",");
                String[] values = lines.get(i + 1).split(",");
                if (names.length != values.length) {
                    break;
                }
                Map<String, String> figures = new HashMap<>();
                for (int f = 0; f < names.length; f++) {
                    figures.put(names[f].strip(), values[f].strip());
                }
                return new Rate(Long.parseLong(figure(figures, "data.consumed.in.nMsg")),
                        Double.parseDouble(figure(figures, "fetch.nMsg.sec")),
                        Double.parseDouble(figure(figures, "fetch.MB.sec")),
                        Long.parseLong(figure(figures, "rebalance.time.ms")));
            }
        }
        throw new IllegalStateException("no figures in ConsumerPerformance's output:\n" + String.join("\n", lines));
    }

    private static String figure(Map<String, String> figures, String name) {
        String value = figures.get(name);
        if (value == null) {
            throw new IllegalStateException("ConsumerPerformance printed no " + name + ": " + figures);
        }
        return value;
    }
}
