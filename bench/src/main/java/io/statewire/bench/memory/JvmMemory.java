package io.statewire.bench.memory;

import java.util.Locale;

/** The JVM's own memory as a Quarkus service reports it on {@code /q/metrics}: committed heap and non-heap, direct buffers. */
final class JvmMemory {

    private static final double MIB = 1024 * 1024;

    private JvmMemory() {
    }

    static String describe(String metrics) {
        return String.format(Locale.ROOT, "JVM committed: heap %.0f MiB, non-heap %.0f MiB, direct buffers %.0f MiB",
                sum(metrics, "jvm_memory_committed_bytes{area=\"heap\"") / MIB,
                sum(metrics, "jvm_memory_committed_bytes{area=\"nonheap\"") / MIB,
                sum(metrics, "jvm_buffer_memory_used_bytes{id=\"direct\"") / MIB);
    }

    /** The sum of the series whose line starts with {@code prefix}. */
    private static double sum(String metrics, String prefix) {
        return metrics.lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
