package io.statewire.dedup.topology;

/** A candidate sent to the partition that owns one of its band values. */
record BandProbe(Candidate candidate, int band) {
}
