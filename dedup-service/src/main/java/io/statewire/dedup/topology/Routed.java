package io.statewire.dedup.topology;

/** What the exact-fingerprint owner sends on: probes for the band owners, or a verdict already reached. */
record Routed(BandProbe probe, BandVerdict verdict) {

    boolean isProbe() {
        return probe != null;
    }
}
