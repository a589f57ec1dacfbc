package io.statewire.dedup.topology;

/**
 * What goes on from the exact-fingerprint owner and the band owners: a probe for a band owner, or something for
 * the release assembler (a candidate with its exact verdict, if it has one, or a band verdict).
 */
record Routed(BandProbe probe, Gather gather) {

    boolean isProbe() {
        return probe != null;
    }
}
