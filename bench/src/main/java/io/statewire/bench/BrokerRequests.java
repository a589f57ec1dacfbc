package io.statewire.bench;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Requests the in-process broker has handled so far by type ({@code Produce}, {@code Fetch},
 * {@code WriteTxnMarkers}, ...), from its {@code kafka.network:type=RequestMetrics,name=RequestsPerSec} meters in
 * this JVM; empty when the broker runs elsewhere.
 */
final class BrokerRequests {

    private BrokerRequests() {
    }

    static Map<String, Long> counts() throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Map<String, Long> counts = new TreeMap<>();
        for (ObjectName name : server.queryNames(
                new ObjectName("kafka.network:type=RequestMetrics,name=RequestsPerSec,*"), null)) {
            counts.merge(name.getKeyProperty("request"), (Long) server.getAttribute(name, "Count"), Long::sum);
        }
        return counts;
    }

    /** The request types that grew between two readings, most first, as "Produce 1234, ...". */
    static String added(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() >= 100).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("none");
    }
}
