package io.statewire.bench;

import java.util.logging.Level;
import org.jboss.logmanager.LogContext;

/**
 * Logging levels for a benchmark's JVM. The Kafka clients there log through SLF4J to JBoss LogManager, which, left
 * unconfigured, enables every level: the clients then format a trace message for every record they handle (the
 * record's value included) only for the console handler to drop it, which costs the stream thread more than a third
 * of its time. The services run with Quarkus' logging (INFO, Kafka at WARN) and never pay it; a benchmark that
 * calls {@link #asInServices()} first measures what they do.
 */
public final class BenchLogging {

    private BenchLogging() {
    }

    /** INFO for everything, WARN for Kafka's own loggers, as in the services' {@code application.properties}. */
    public static void asInServices() {
        LogContext context = LogContext.getLogContext();
        context.getLogger("").setLevel(Level.INFO);
        context.getLogger("org.apache.kafka").setLevel(Level.WARNING);
    }

    /** Every level on, as JBoss LogManager is when nothing configures it: to show what that costs. */
    public static void unconfigured() {
        LogContext context = LogContext.getLogContext();
        context.getLogger("").setLevel(Level.ALL);
        context.getLogger("org.apache.kafka").setLevel(null);
    }
}
