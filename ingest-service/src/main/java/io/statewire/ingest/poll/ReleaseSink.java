package io.statewire.ingest.poll;

import io.statewire.contracts.PressRelease;
import io.statewire.ingest.state.ReleaseState;
import java.util.List;

/** Where a poll hands the releases it publishes and the ones it forgets; each call returns once durably written. */
public interface ReleaseSink {

    /** Publishes the release together with the state to remember, atomically. */
    void publish(PressRelease release, ReleaseState state) throws Exception;

    /** Removes, all at once, the remembered states of releases that are forgotten (their retention ran out). */
    void forget(List<ReleaseState> states) throws Exception;
}
