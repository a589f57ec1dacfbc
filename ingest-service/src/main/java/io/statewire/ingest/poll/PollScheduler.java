package io.statewire.ingest.poll;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.statewire.ingest.fetch.FetchLimits;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Polls every configured source at its interval, from start-up until shutdown, on up to four threads, and one
 * source at once on request ({@link #pollNow}). Before the first poll it reads back what was published before
 * (with the application's {@code kafka.*} client settings), so that nothing is published twice after a restart.
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
    /** The poll of each source by id, once what was published before is read back. */
    private final Map<String, SourcePoll> polls = new ConcurrentHashMap<>();
    private ScheduledExecutorService executor;

    private final Map<String, Object> kafkaSettings;
    private final Duration minHostDelay;

    public PollScheduler(List<SourceDefinition> sources, Profiles profiles, ReleaseSink sink, IngestMetrics metrics,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaSettings,
            @ConfigProperty(name = "statewire.ingest.min-host-delay", defaultValue = "PT1S") Duration minHostDelay,
            @ConfigProperty(name = "statewire.ingest.page-timeout", defaultValue = "PT30S") Duration pageTimeout) {
        this.metrics = metrics;
        this.fetcher = new PoliteFetcher(new PageFetcher(FetchLimits.DEFAULT.withPageTimeout(pageTimeout)),
                new HostGate(), new RobotsRules(), metrics);
        this.sources = sources;
        this.profiles = profiles;
        this.sink = sink;
        this.kafkaSettings = Map.copyOf(kafkaSettings);
        this.minHostDelay = minHostDelay;
    }

    void start(@Observes StartupEvent event) {
        List<ReleaseState> states = ReleaseStateLoader.load(kafkaSettings, Duration.ofSeconds(60));
        tracker.restore(states);
        LOG.infof("remembering %d published releases", states.size());
        executor = Executors.newScheduledThreadPool(Math.min(4, sources.size()));
        for (SourceDefinition source : sources) {
            SourcePoll poll = new SourcePoll(source, profiles.get(source.profile()), fetcher, minHostDelay, tracker,
                    sink, Clock.systemUTC());
            polls.put(source.id(), poll);
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

    /**
     * Polls the source {@code sourceId} now, in the caller's thread (after its scheduled poll when that is running),
     * and returns what the poll did; empty when no source has that id. Throws {@link NotStartedException} while
     * the service is still reading back what it published before.
     */
    public Optional<PollResult> pollNow(String sourceId) {
        SourcePoll poll = polls.get(sourceId);
        if (poll != null) {
            return Optional.of(pollOnce(poll));
        }
        if (sources.stream().anyMatch(source -> source.id().equals(sourceId))) {
            throw new NotStartedException("source " + sourceId + " is not polled yet: the service is starting");
        }
        return Optional.empty();
    }

    /** A source cannot be polled yet: the service is still reading back what it published before. */
    public static final class NotStartedException extends IllegalStateException {
        NotStartedException(String message) {
            super(message);
        }
    }

    private void run(SourcePoll poll) {
        try {
            pollOnce(poll);
        } catch (RuntimeException e) {
            LOG.errorf(e, "poll failed");
        }
    }

    /** One poll at a time per source: two at once could both take a release for new and publish it twice. */
    private PollResult pollOnce(SourcePoll poll) {
        synchronized (poll) {
            PollResult result = poll.run();
            metrics.polled(result, Instant.now());
            if (result.published() > 0 || !result.errors().isEmpty()) {
                LOG.infof("source %s: %d discovered, %d published, %d unchanged, %d bot challenges, %d errors %s",
                        result.sourceId(), result.discovered(), result.published(), result.unchanged(),
                        result.challenges(), result.errors().size(), result.errors());
            }
            return result;
        }
    }
}
