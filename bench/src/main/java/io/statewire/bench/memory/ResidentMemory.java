package io.statewire.bench.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The resident memory of one process as Linux reports it in {@code /proc/<pid>/status}: {@code VmRSS} (now) and
 * {@code VmHWM} (the highest since the process started), in bytes. Samples {@code VmRSS} every 200 ms so that
 * {@link #peakSince()} gives the highest seen since the last {@link #resetPeak()}.
 */
public final class ResidentMemory implements AutoCloseable {

    private final Path status;
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rss-sampler");
        thread.setDaemon(true);
        return thread;
    });

    public ResidentMemory(long pid) {
        this.status = Path.of("/proc", Long.toString(pid), "status");
        sampler.scheduleAtFixedRate(this::sample, 0, 200, TimeUnit.MILLISECONDS);
    }

    /** {@code VmRSS} now. */
    public long current() {
        return field("VmRSS").orElseThrow(() -> new IllegalStateException("no VmRSS in " + status));
    }

    /** {@code VmHWM}: the highest resident size since the process started. */
    public long highWaterMark() {
        return field("VmHWM").orElseThrow(() -> new IllegalStateException("no VmHWM in " + status));
    }

    /** The highest {@code VmRSS} sampled since the last {@link #resetPeak()}. */
    public long peakSince() {
        sample();
        return peak.get();
    }

    public void resetPeak() {
        peak.set(0);
        sample();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    private void sample() {
        field("VmRSS").ifPresent(rss -> peak.accumulateAndGet(rss, Math::max));
    }

    private OptionalLong field(String name) {
        if (!Files.exists(status)) {
            return OptionalLong.empty();
        }
        try {
            return parse(Files.readString(status), name);
        } catch (IOException gone) {
            if (!Files.exists(status)) {
                return OptionalLong.empty();
            }
            throw new UncheckedIOException(gone);
        }
    }

    /** The value of {@code name} (a line such as {@code VmRSS:   123456 kB}) in bytes. */
    static OptionalLong parse(String statusText, String name) {
        return statusText.lines().filter(line -> line.startsWith(name + ":"))
                .map(line -> line.substring(name.length() + 1).trim().split("\\s+"))
                .mapToLong(parts -> Long.parseLong(parts[0]) * (parts.length > 1 && parts[1].equals("kB") ? 1024 : 1))
                .findFirst();
    }
}
