package io.statewire.ingest.poll;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.statewire.ingest.fetch.HostGate;
import io.statewire.ingest.fetch.PageFetcher;
import io.statewire.ingest.fetch.PoliteFetcher;
import io.statewire.ingest.fetch.RobotsRules;
import io.statewire.ingest.messaging.ReleaseStateLoader;
import io.statewire.ingest.metrics.IngestMetrics;
import io.statewire.ingest.profile.Profiles;
import io.statewire.ingest.release.ReleaseTracker;
import io.statewire.ingest.source.SourceDefinition;
import io.statewire.ingest.state.ReleaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Polls every configured source at its interval, from start-up until shutdown, on up to four threads. Before the
 * first poll it reads back what was published before, so that nothing is published twice after a restart.
 */
@ApplicationScoped
public class PollScheduler {

    private static final Logger LOG = Logger.getLogger(PollScheduler.class);

    private final List<SourceDefinition> sources;
    private final Profiles profiles;
    private final ReleaseSink sink;
    private final IngestMetrics metrics;
    private final PoliteFetcher fetcher;
    private final ReleaseTracker tracker = new ReleaseTracker();
    private ScheduledExecutorService executor;

    private final String bootstrapServers;
    private final Duration minHostDelay;

    public PollScheduler(List<SourceDefinition> sources, Profiles profiles, ReleaseSink sink, IngestMetrics metrics,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "statewire.ingest.min-host-delay", defaultValue = "PT1S") Duration minHostDelay) {
        this.metrics = metrics;
        this.fetcher = new PoliteFetcher(new PageFetcher(), new HostGate(), new RobotsRules(), metrics);
        this.sources = sources;
        this.profiles = profiles;
        this.sink = sink;
        this.bootstrapServers = bootstrapServers;
        this.minHostDelay = minHostDelay;
    }

    void start(@Observes StartupEvent event) {
        List<ReleaseState> states = ReleaseStateLoader.load(bootstrapServers, Duration.ofSeconds(60));
        tracker.restore(states);
        LOG.infof("remembering %d published releases", states.size());
        executor = Executors.newScheduledThreadPool(Math.min(4, sources.size()));
        for (SourceDefinition source : sources) {
            SourcePoll poll = new SourcePoll(source, profiles.get(source.profile()), fetcher, minHostDelay, tracker,
                    sink, Clock.systemUTC());
            executor.scheduleWithFixedDelay(() -> run(poll), 0, source.pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
            metrics.watching(source.id(), source.pollInterval());
            LOG.infof("watching source %s (%s) every %s", source.id(), source.profile(), source.pollInterval());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
        fetcher.close();
    }

    private void run(SourcePoll poll) {
        try {
            PollResult result = poll.run();
            metrics.polled(result, Instant.now());
            if (result.published() > 0 || !result.errors().isEmpty()) {
                LOG.infof("source %s: %d discovered, %d published, %d unchanged, %d bot challenges, %d errors %s",
                        result.sourceId(), result.discovered(), result.published(), result.unchanged(),
                        result.challenges(), result.errors().size(), result.errors());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "poll failed");
        }
    }
}
