package io.statewire.ingest.poll;

import java.util.List;

/** What one poll of a source did: releases discovered, published and unchanged, and the errors met on the way. */
public record PollResult(String sourceId, int discovered, int published, int unchanged, List<String> errors) {
}
