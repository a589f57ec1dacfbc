package io.statewire.dedup.topology;

/** A new text sent to the owner of one of its band values. */
record BandProbe(IndexEntry probe, int band) {
}
