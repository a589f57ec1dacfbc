package io.statewire.dedup.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** Deletes the entries of a store whose time lies more than the retention before now. */
final class Expiry {

    private Expiry() {
    }

    static <V> void purge(KeyValueStore<String, V> store, ToLongFunction<V> time, Duration retention, long now) {
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
