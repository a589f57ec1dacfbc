package io.statewire.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time (user and system) used so far by a process or its threads, read from Linux's {@code /proc/<pid>/stat}
 * and {@code /proc/<pid>/task/<tid>/stat}, or by this JVM.
 */
final class ProcessCpu {

    private static final double CLOCK_TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** CPU seconds of process {@code pid}. */
    static double seconds(long pid) throws IOException {
        return secondsOf(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /**
     * CPU seconds of the live threads of process {@code pid} by thread name less its trailing number
     * ({@code vert.x-eventloop-thread-0} and {@code -1} count together; Linux keeps 15 characters of a name).
     */
    static Map<String, Double> byThread(long pid) throws IOException {
        Map<String, Double> seconds = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("[-#]?\\d+$", "");
                    seconds.merge(name, secondsOf(task.resolve("stat")), Double::sum);
                } catch (NoSuchFileException ended) {
                    // the thread ended meanwhile
                }
            }
        }
        return seconds;
    }

    /** CPU seconds of this JVM (the bench and its in-process broker). */
    static double ownSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** Fields 14 and 15 of a stat line, after the parenthesised name, are utime and stime in clock ticks. */
    private static double secondsOf(Path stat) throws IOException {
        String line = Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS_PER_SECOND;
    }
}
