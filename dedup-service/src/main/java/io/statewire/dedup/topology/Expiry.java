package io.statewire.dedup.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** How long stored passages are kept, and how often expired ones are deleted (on wall-clock time). */
record Expiry(Duration retention, Duration purgeInterval) {

    /** Schedules the purge of {@code store}: entries whose time lies more than the retention before now. */
    <V> void schedule(ProcessorContext<?, ?> context, KeyValueStore<String, V> store, ToLongFunction<V> time) {
        context.schedule(purgeInterval, PunctuationType.WALL_CLOCK_TIME, now -> purge(store, time, now));
    }

    <V> void purge(KeyValueStore<String, V> store, ToLongFunction<V> time, long now) {
        long oldest = now - retention.toMillis();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, V> entry = all.next();
                if (time.applyAsLong(entry.value) < oldest) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(store::delete);
    }
}
