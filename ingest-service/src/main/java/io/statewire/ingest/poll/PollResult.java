package io.statewire.ingest.poll;

import java.util.List;

/**
 * What one poll of a source did: releases discovered, published (of which {@code revised} as a later revision) and
 * unchanged, bot challenges met, and the errors met on the way (challenges included).
 */
public record PollResult(String sourceId, int discovered, int published, int revised, int unchanged, int challenges,
        List<String> errors) {
}
