package io.statewire.ingest.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.statewire.testing.KafkaBroker;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Two members of one group on a real broker: the first alone holds every partition; when the second joins, the
 * partitions it gets are released by the first (whose listener returns) before the second holds them; when the
 * second leaves, the first holds every partition again. A missing topic is reported, not waited for silently.
 */
class GroupMembershipIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void partitionsMoveOnlyAfterTheirHolderReleasedThem() throws Exception {
        String run = "membership-" + UUID.randomUUID().toString().substring(0, 8);
        String topic = run + "-topic";
        KafkaBroker.createTopics(List.of(topic));
        List<String> events = new CopyOnWriteArrayList<>();
        Recorder first = new Recorder("first", events, Duration.ofMillis(1500));
        Recorder second = new Recorder("second", events, Duration.ZERO);

        try (GroupMembership a = member(run, topic, "a")) {
            a.start(first);
            await().atMost(WAIT).until(() -> first.held.equals(Set.of(0, 1, 2)));
            assertThat(first.partitionCount).isEqualTo(3);

            try (GroupMembership b = member(run, topic, "b")) {
                b.start(second);
                await().atMost(WAIT).until(() -> !second.held.isEmpty() && first.held.size() + second.held.size() == 3);
                assertThat(first.held).isNotEmpty().doesNotContainAnyElementsOf(second.held);
                Set<Integer> all = new HashSet<>(first.held);
                all.addAll(second.held);
                assertThat(all).containsExactlyInAnyOrder(0, 1, 2);
                // the first's listener took 1.5 s to release; the second held nothing of it before that returned
                int released = events.indexOf("first released " + new TreeSet<>(second.held));
                int taken = events.indexOf("second holds " + new TreeSet<>(second.held));
                assertThat(released).as("events %s", events).isNotNegative();
                assertThat(taken).as("events %s", events).isGreaterThan(released);
            }
            await().atMost(WAIT).until(() -> first.held.equals(Set.of(0, 1, 2)));
            assertThat(second.held).isEmpty();
        }
        assertThat(first.held).isEmpty();
    }

    @Test
    void aMissingTopicIsReportedAsTheReason() {
        String run = "membership-" + UUID.randomUUID().toString().substring(0, 8);
        Recorder listener = new Recorder("alone", new CopyOnWriteArrayList<>(), Duration.ZERO);
        try (GroupMembership member = member(run, run + "-missing", "a")) {
            member.start(listener);
            await().atMost(WAIT).until(() -> listener.failure != null);
            assertThat(listener.failure).contains("topic " + run + "-missing does not exist");
            assertThat(listener.held).isEmpty();
        }
    }

    private static GroupMembership member(String run, String topic, String instance) {
        return new GroupMembership(Map.of("bootstrap.servers", KafkaBroker.bootstrapServers()), run + "-group", topic,
                run + "-" + instance, Duration.ofSeconds(6));
    }

    /** Keeps what a member holds and logs each change, after a delay when releasing. */
    private static final class Recorder implements GroupMembership.Listener {

        private final String name;
        private final List<String> events;
        private final Duration releaseTime;
        volatile Set<Integer> held = Set.of();
        volatile int partitionCount;
        volatile String failure;

        Recorder(String name, List<String> events, Duration releaseTime) {
            this.name = name;
            this.events = events;
            this.releaseTime = releaseTime;
        }

        @Override
        public void releasing(Set<Integer> kept, int partitionCount) {
            Set<Integer> gone = new HashSet<>(held);
            gone.removeAll(kept);
            try {
                Thread.sleep(releaseTime.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            events.add(name + " released " + new TreeSet<>(gone));
            held = Set.copyOf(kept);
        }

        @Override
        public void holding(Set<Integer> now, int partitionCount) {
            Set<Integer> added = new HashSet<>(now);
            added.removeAll(held);
            if (!added.isEmpty()) {
                events.add(name + " holds " + new TreeSet<>(added));
            }
            this.partitionCount = partitionCount;
            held = Set.copyOf(now);
        }

        @Override
        public void failed(String reason) {
            failure = reason;
        }
    }
}
