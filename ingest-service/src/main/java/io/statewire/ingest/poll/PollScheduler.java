package io.statewire.ingest.poll;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.statewire.contracts.PressRelease;
import io.statewire.ingest.fetch.FetchLimits;
import io.statewire.ingest.fetch.HostGate;
import io.statewire.ingest.fetch.PageFetcher;
import io.statewire.ingest.fetch.PoliteFetcher;
import io.statewire.ingest.fetch.RobotsRules;
import io.statewire.ingest.messaging.ReleaseStateLoader;
import io.statewire.ingest.metrics.IngestMetrics;
import io.statewire.ingest.profile.Profile;
import io.statewire.ingest.profile.Profiles;
import io.statewire.ingest.release.ReleaseTracker;
import io.statewire.ingest.share.GroupMembership;
import io.statewire.ingest.share.GroupOwners;
import io.statewire.ingest.share.Handover;
import io.statewire.ingest.share.ShareStatus;
import io.statewire.ingest.share.SourcePartitions;
import io.statewire.ingest.source.SourceDefinition;
import io.statewire.ingest.state.ReleaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Polls the sources this instance owns, each one poll interval after its last poll started (at once when that poll
 * took longer), on a thread per source up to {@code statewire.ingest.poll-threads}, and one source at once on request
 * ({@link #pollNow}). Instances share the sources out through a consumer group ({@link GroupMembership}): a source
 * belongs to the instance holding the partition of its site's host ({@link SourcePartitions}); one instance alone
 * holds every partition and polls every source. Before it polls sources it takes over (at start-up, or from another instance) it
 * reads back what was published before (with the application's {@code kafka.*} client settings), so that nothing
 * is published twice; before it gives sources up it waits for their polls under way, so that two instances never
 * poll one source at once.
 */
@ApplicationScoped
public class PollScheduler implements GroupMembership.Listener {

    private static final Logger LOG = Logger.getLogger(PollScheduler.class);
    private static final Duration STATE_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, SourceDefinition> sources = new LinkedHashMap<>();
    private final Profiles profiles;
    private final ReleaseSink sink;
    private final IngestMetrics metrics;
    private final PoliteFetcher fetcher;
    private final ReleaseTracker tracker;
    /** The poll of each source by id. */
    private final Map<String, SourcePoll> polls = new ConcurrentHashMap<>();
    /** The sources this instance owns now: a poll runs, and publishes, only while its source is in here. */
    private final Set<String> owned = ConcurrentHashMap.newKeySet();
    private final Map<String, PollChain> chains = new ConcurrentHashMap<>();
    private ScheduledExecutorService executor;

    private final Map<String, Object> kafkaSettings;
    private final Duration minHostDelay;
    private final Duration recheckAfter;
    private final int rechecksPerPoll;
    private final int pollThreads;
    private final String group;
    private final String topic;
    private final GroupMembership membership;
    private final GroupOwners owners;
    private volatile ShareStatus status;
    private volatile int partitionCount;

    public PollScheduler(List<SourceDefinition> sources, Profiles profiles, ReleaseSink sink, IngestMetrics metrics,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaSettings,
            @ConfigProperty(name = "statewire.ingest.min-host-delay", defaultValue = "PT1S") Duration minHostDelay,
            @ConfigProperty(name = "statewire.ingest.page-timeout", defaultValue = "PT30S") Duration pageTimeout,
            @ConfigProperty(name = "statewire.ingest.recheck-after", defaultValue = "PT5M") Duration recheckAfter,
            @ConfigProperty(name = "statewire.ingest.rechecks-per-poll", defaultValue = "5") int rechecksPerPoll,
            @ConfigProperty(name = "statewire.ingest.release-retention", defaultValue = "P180D") Duration retention,
            @ConfigProperty(name = "statewire.ingest.poll-threads", defaultValue = "16") int pollThreads,
            @ConfigProperty(name = "statewire.ingest.group.id") String group,
            @ConfigProperty(name = "statewire.ingest.group.topic") String topic,
            @ConfigProperty(name = "statewire.ingest.group.session-timeout") Duration sessionTimeout,
            @ConfigProperty(name = "statewire.instance") String instance) {
        this.metrics = metrics;
        this.tracker = new ReleaseTracker(retention);
        this.fetcher = new PoliteFetcher(new PageFetcher(FetchLimits.DEFAULT.withPageTimeout(pageTimeout)),
                new HostGate(), new RobotsRules(), metrics);
        sources.forEach(source -> this.sources.put(source.id(), source));
        this.profiles = profiles;
        this.sink = sink;
        this.kafkaSettings = Map.copyOf(kafkaSettings);
        this.minHostDelay = minHostDelay;
        this.recheckAfter = recheckAfter;
        this.rechecksPerPoll = rechecksPerPoll;
        this.pollThreads = pollThreads;
        this.group = group;
        this.topic = topic;
        this.membership = new GroupMembership(this.kafkaSettings, group, topic, group + "-" + instance,
                sessionTimeout);
        this.owners = new GroupOwners(this.kafkaSettings, group, topic, Duration.ofSeconds(2));
        this.status = ShareStatus.joining(group);
    }

    void start(@Observes StartupEvent event) {
        // a poll spends most of its time waiting for the host's minimum delay: a thread per source keeps one source's
        // waits from holding back the others
        executor = Executors.newScheduledThreadPool(Math.max(1, Math.min(pollThreads, sources.size())));
        for (SourceDefinition source : sources.values()) {
            Profile profile = profiles.get(source.profile());
            int rechecks = Rechecks.perPoll(rechecksPerPoll, source.pollInterval(), profile.minDelay(minHostDelay));
            polls.put(source.id(), new SourcePoll(source, profile, fetcher, minHostDelay, tracker,
                    new Rechecks(recheckAfter, rechecks), whileOwned(source.id()), Clock.systemUTC()));
        }
        metrics.remembering(tracker::size);
        LOG.infof("sharing %d sources with the other members of consumer group %s on %s", sources.size(), group,
                topic);
        membership.start(this);
    }

    void stop(@Observes ShutdownEvent event) {
        // releases every source (waiting for the polls under way) before the others take them over
        membership.close();
        owners.close();
        if (executor != null) {
            executor.shutdownNow();
        }
        fetcher.close();
    }

    /** Whether the instance is in the group and has read back the release state of the sources it owns. */
    public ShareStatus status() {
        return status;
    }

    @Override
    public void releasing(Set<Integer> held, int partitionCount) {
        Handover handover = Handover.between(Set.copyOf(owned), SourcePartitions.ownedBy(sources.values(), held,
                partitionCount));
        stopPolling(handover.stop());
        status = new ShareStatus(status.ready(), "releasing partitions", held, partitionCount, Set.copyOf(owned));
    }

    @Override
    public void holding(Set<Integer> held, int partitionCount) {
        this.partitionCount = partitionCount;
        Handover handover = Handover.between(Set.copyOf(owned), SourcePartitions.ownedBy(sources.values(), held,
                partitionCount));
        stopPolling(handover.stop());
        if (handover.readsStateFirst()) {
            status = new ShareStatus(status.ready(), "reading back the release state", held,
                    partitionCount, Set.copyOf(owned));
            List<ReleaseState> states = ReleaseStateLoader.load(kafkaSettings, STATE_TIMEOUT);
            tracker.restore(states, Instant.now());
            LOG.infof("taking over %d sources (partitions %s of %d), remembering %d published releases",
                    handover.start().size(), held, partitionCount, states.size());
        }
        startPolling(handover.start());
        status = new ShareStatus(true, "polling", held, partitionCount, Set.copyOf(owned));
    }

    @Override
    public void failed(String reason) {
        status = new ShareStatus(false, "out of consumer group " + group + " (" + reason + "), joining again",
                Set.of(), 0, Set.copyOf(owned));
    }

    /** Stops polling these sources: no new poll starts, and the ones under way end before this returns. */
    private void stopPolling(Set<String> sourceIds) {
        owned.removeAll(sourceIds);
        for (String sourceId : sourceIds) {
            PollChain chain = chains.remove(sourceId);
            if (chain != null) {
                chain.stop();
            }
        }
        for (String sourceId : sourceIds) {
            SourcePoll poll = polls.get(sourceId);
            synchronized (poll) {
                // a poll under way holds this lock; it stops after the release at hand, as the source is not owned
                metrics.notWatching(sourceId);
            }
            LOG.infof("no longer watching source %s: handed over", sourceId);
        }
    }

    private void startPolling(Set<String> sourceIds) {
        for (String sourceId : sourceIds) {
            SourceDefinition source = sources.get(sourceId);
            SourcePoll poll = polls.get(sourceId);
            owned.add(sourceId);
            PollChain chain = new PollChain(sourceId, poll, source.pollInterval());
            chains.put(sourceId, chain);
            chain.scheduleIn(Duration.ZERO);
            metrics.watching(sourceId, source.pollInterval());
            LOG.infof("watching source %s (%s) every %s", sourceId, source.profile(), source.pollInterval());
        }
    }

    /** The sink for one source's poll: publishes and forgets only while the source is owned. */
    private ReleaseSink whileOwned(String sourceId) {
        return new ReleaseSink() {
            @Override
            public void publish(PressRelease release, ReleaseState state) throws Exception {
                checkOwned("published");
                sink.publish(release, state);
            }

            @Override
            public void forget(List<ReleaseState> states) throws Exception {
                checkOwned("forgotten");
                sink.forget(states);
            }

            private void checkOwned(String what) {
                if (!owned.contains(sourceId)) {
                    throw new NotOwnedException("source " + sourceId + " was handed over; not " + what);
                }
            }
        };
    }

    /**
     * Polls the source {@code sourceId} now, in the caller's thread (after its scheduled poll when that is running),
     * and returns what the poll did; empty when no source has that id. Throws {@link NotStartedException} while
     * the service is still joining the group or reading back what it published before, {@link NotOwnedException}
     * when another instance polls the source.
     */
    public Optional<PollResult> pollNow(String sourceId) {
        SourcePoll poll = polls.get(sourceId);
        if (poll == null) {
            return Optional.empty();
        }
        if (!status.ready()) {
            throw new NotStartedException("source " + sourceId + " is not polled yet: " + status.phase());
        }
        if (!owned.contains(sourceId)) {
            throw new NotOwnedException(notOwned(sourceId));
        }
        return Optional.of(pollOnce(sourceId, poll));
    }

    /** A source cannot be polled yet: the service is still joining the group or reading back its state. */
    public static final class NotStartedException extends IllegalStateException {
        NotStartedException(String message) {
            super(message);
        }
    }

    /** A source is polled by another instance, not by this one. */
    public static final class NotOwnedException extends IllegalStateException {
        NotOwnedException(String message) {
            super(message);
        }
    }

    private void run(String sourceId, SourcePoll poll) {
        try {
            pollOnce(sourceId, poll);
        } catch (NotOwnedException e) {
            LOG.debugf("source %s: not polled, handed over", sourceId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "poll failed");
        }
    }

    /**
     * One poll at a time per source, and only while this instance owns it: two at once could both take a release
     * for new and publish it twice.
     */
    private PollResult pollOnce(String sourceId, SourcePoll poll) {
        synchronized (poll) {
            if (!owned.contains(sourceId)) {
                throw new NotOwnedException("source " + sourceId + " is not polled by this instance");
            }
            PollResult result = poll.run(() -> owned.contains(sourceId));
            metrics.polled(result, Instant.now());
            if (result.published() > 0 || result.forgotten() > 0 || !result.errors().isEmpty()) {
                LOG.infof("source %s: %d discovered, %d published, %d unchanged, %d forgotten, %d bot challenges,"
                        + " %d errors %s", result.sourceId(), result.discovered(), result.published(),
                        result.unchanged(), result.forgotten(), result.challenges(), result.errors().size(),
                        result.errors());
            }
            return result;
        }
    }

    /** Why this instance does not poll the source, naming the instance that does when the cluster says. */
    private String notOwned(String sourceId) {
        int count = partitionCount;
        if (count < 1) {
            return "source " + sourceId + " is not polled by this instance";
        }
        int partition = SourcePartitions.partitionOf(sources.get(sourceId), count);
        String owner = owners.ownerOf(partition).map(member -> "by " + member).orElse("by another instance");
        return "source " + sourceId + " is polled " + owner + " of consumer group " + group + " (it holds partition "
                + partition + " of " + topic + "), not by this instance";
    }

    /** The polls of one source, each one interval after the last one started (at once when it took longer). */
    private final class PollChain {
        private final String sourceId;
        private final SourcePoll poll;
        private final Duration interval;
        private ScheduledFuture<?> next;
        private boolean stopped;

        PollChain(String sourceId, SourcePoll poll, Duration interval) {
            this.sourceId = sourceId;
            this.poll = poll;
            this.interval = interval;
        }

        synchronized void scheduleIn(Duration delay) {
            if (!stopped && !executor.isShutdown()) {
                next = executor.schedule(this::pollAndScheduleNext, delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        /** No poll starts after this; one under way ends as {@link #stopPolling} says. */
        synchronized void stop() {
            stopped = true;
            if (next != null) {
                next.cancel(false);
            }
        }

        private void pollAndScheduleNext() {
            long start = System.nanoTime();
            run(sourceId, poll);
            Duration left = interval.minusNanos(System.nanoTime() - start);
            scheduleIn(left.isNegative() ? Duration.ZERO : left);
        }
    }
}
