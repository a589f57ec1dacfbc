package io.statewire.ingest.poll;

import io.statewire.contracts.PressRelease;
import io.statewire.ingest.state.ReleaseState;

/**
 * Where a poll hands the releases it publishes, together with the state to remember; returns once both are durably
 * written, atomically.
 */
@FunctionalInterface
public interface ReleaseSink {

    void publish(PressRelease release, ReleaseState state) throws Exception;
}
