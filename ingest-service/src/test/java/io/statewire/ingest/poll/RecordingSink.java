package io.statewire.ingest.poll;

import io.statewire.contracts.PressRelease;
import io.statewire.ingest.state.ReleaseState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sink that keeps, in order, the releases published with their states and the states forgotten. */
final class RecordingSink implements ReleaseSink {

    final List<PressRelease> published = new CopyOnWriteArrayList<>();
    final List<ReleaseState> states = new CopyOnWriteArrayList<>();
    final List<ReleaseState> forgotten = new CopyOnWriteArrayList<>();

    @Override
    public void publish(PressRelease release, ReleaseState state) {
        published.add(release);
        states.add(state);
    }

    @Override
    public void forget(List<ReleaseState> states) {
        forgotten.addAll(states);
    }
}
