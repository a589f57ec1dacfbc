package io.statewire.dedup.topology;

import io.statewire.contracts.PressRelease;

/** A {@code press.releases} record after reading: the release and its raw bytes, or the raw bytes and why they could not be read. */
record DecodedRelease(PressRelease release, byte[] raw, String error) {

    static DecodedRelease ok(PressRelease release, byte[] raw) {
        return new DecodedRelease(release, raw, null);
    }

    static DecodedRelease failed(byte[] raw, String error) {
        return new DecodedRelease(null, raw, error);
    }

    boolean isOk() {
        return release != null;
    }
}
