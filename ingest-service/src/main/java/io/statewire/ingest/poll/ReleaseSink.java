package io.statewire.ingest.poll;

import io.statewire.contracts.PressRelease;

/** Where a poll hands the releases it publishes; returns once the release is durably written. */
@FunctionalInterface
public interface ReleaseSink {

    void publish(PressRelease release) throws Exception;
}
