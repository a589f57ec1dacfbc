package io.statewire.ingest.health;

import io.statewire.ingest.poll.PollScheduler;
import io.statewire.ingest.share.ShareStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.TreeSet;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: DOWN until the instance has joined the consumer group that shares the sources out and read back the
 * release state of the sources it owns (data: what it is doing), UP after that, with the partitions it holds and
 * the sources it polls.
 */
@Readiness
@ApplicationScoped
public class SourceShareCheck implements HealthCheck {

    private final PollScheduler scheduler;

    public SourceShareCheck(PollScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public HealthCheckResponse call() {
        ShareStatus status = scheduler.status();
        return HealthCheckResponse.named("Source share")
                .status(status.ready())
                .withData("phase", status.phase())
                .withData("partitions", new TreeSet<>(status.partitions()) + " of " + status.partitionCount())
                .withData("sources", String.join(",", new TreeSet<>(status.sources())))
                .build();
    }
}
