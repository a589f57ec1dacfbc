package io.statewire.bench.cost;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time used so far, which a shared machine disturbs far less than elapsed time: by the whole JVM (the stream
 * threads, the in-process broker, the benchmark's own clients) and by the threads whose name contains a given text
 * (such as an application id's stream threads), in nanoseconds.
 */
record CpuTime(long process, long threads) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static CpuTime now(String threadName) {
        long threads = 0;
        for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().contains(threadName)) {
                long time = THREADS.getThreadCpuTime(thread.getThreadId());
                threads += Math.max(0, time);
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuTime(os.getProcessCpuTime(), threads);
    }

    /** The CPU time used since {@code earlier}. */
    CpuTime since(CpuTime earlier) {
        return new CpuTime(process - earlier.process, threads - earlier.threads);
    }
}
