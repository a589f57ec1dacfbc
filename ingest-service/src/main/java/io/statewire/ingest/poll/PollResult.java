package io.statewire.ingest.poll;

import java.util.List;

/**
 * What one poll of a source did: releases discovered, published (of which {@code revised} as a later revision),
 * unchanged (fetched and found the same, or known and not due for a check) and forgotten (retention run out), bot
 * challenges met, and the errors met on the way (challenges included).
 */
public record PollResult(String sourceId, int discovered, int published, int revised, int unchanged, int forgotten,
        int challenges, List<String> errors) {
}
