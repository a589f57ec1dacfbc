package io.statewire.dedup.topology;

import java.time.Duration;

/** How long stored passages are kept, and how often expired ones are deleted (on wall-clock time). */
record Expiry(Duration retention, Duration purgeInterval) {
}
