package io.statewire.ingest.poll;

import io.statewire.contracts.PressRelease;
import io.statewire.ingest.state.ReleaseState;

/** Where a poll hands the releases it publishes and the ones it forgets; each call returns once durably written. */
public interface ReleaseSink {

    /** Publishes the release together with the state to remember, atomically. */
    void publish(PressRelease release, ReleaseState state) throws Exception;

    /** Removes the remembered state of a release that is forgotten (its retention ran out). */
    void forget(ReleaseState state) throws Exception;
}
