package io.statewire.bench.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java heap a process still uses after a full collection, read with the JDK's {@code jcmd}
 * ({@code GC.run}, then {@code GC.heap_info}: the sum of the "used" figures of its heap generations or regions).
 */
final class HeapAfterGc {

    private static final Pattern USED = Pattern.compile("^ \\S.*?total \\d+K, used (\\d+)K", Pattern.MULTILINE);
    private static final Path JCMD = Path.of(ProcessHandle.current().info().command().orElse("java"))
            .resolveSibling("jcmd");

    private HeapAfterGc() {
    }

    /** Bytes of heap in use by process {@code pid} right after a full collection. */
    static long of(long pid) throws IOException, InterruptedException {
        run(pid, "GC.run");
        return usedBytes(run(pid, "GC.heap_info"));
    }

    /** The sum of {@code used NNNK} on the heap's top-level lines of a {@code GC.heap_info} answer, in bytes. */
    static long usedBytes(String heapInfo) {
        Matcher used = USED.matcher(heapInfo);
        long kilobytes = 0;
        boolean found = false;
        while (used.find()) {
            kilobytes += Long.parseLong(used.group(1));
            found = true;
        }
        if (!found) {
            throw new IllegalStateException("no heap usage in jcmd's answer: " + heapInfo);
        }
        return kilobytes * 1024;
    }

    private static String run(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(JCMD.toString(), Long.toString(pid), command).redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IOException("jcmd " + pid + " " + command + " failed: " + output);
        }
        return output;
    }
}
