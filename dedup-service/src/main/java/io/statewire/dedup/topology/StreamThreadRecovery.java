package io.statewire.dedup.topology;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jboss.logging.Logger;

/**
 * What Kafka Streams does when an exception ends a stream thread (Quarkus installs this bean as the uncaught
 * exception handler): start a new thread in its place, whose tasks resume from the last committed transaction, so
 * nothing is lost or published twice. Without it Streams stops for good, e.g. after a broker restart leaves a
 * transaction in a state the producer cannot commit ({@code InvalidTxnStateException}), and readiness stays DOWN
 * until someone restarts the process. Past {@value #LIMIT} failures within {@link #WINDOW} the failure keeps coming
 * back, and the client is shut down instead (readiness DOWN).
 */
@ApplicationScoped
public class StreamThreadRecovery implements StreamsUncaughtExceptionHandler {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(StreamThreadRecovery.class);

    private final ThreadFailureBudget budget = new ThreadFailureBudget(LIMIT, WINDOW);

    @Override
    public StreamThreadExceptionResponse handle(Throwable exception) {
        if (budget.allows(Instant.now())) {
            LOG.errorf(exception, "a stream thread failed; replacing it: %s", exception.getMessage());
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        LOG.errorf(exception, "stream threads failed more than %d times within %s; shutting Kafka Streams down: %s",
                LIMIT, WINDOW, exception.getMessage());
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
}
