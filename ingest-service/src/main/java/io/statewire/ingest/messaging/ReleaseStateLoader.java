package io.statewire.ingest.messaging;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.InvalidEventException;
import io.statewire.contracts.TopicReplay;
import io.statewire.contracts.Topics;
import io.statewire.ingest.state.ReleaseState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Reads {@code ingest.release-state} from the beginning to its end (committed records only) and returns the last
 * state of every release, so that a restarted or moved instance carries on without publishing anything twice.
 * The consumer takes the application's Kafka client settings (every {@code kafka.*} setting: bootstrap servers and
 * security).
 */
public final class ReleaseStateLoader {

    private static final Logger LOG = Logger.getLogger(ReleaseStateLoader.class);

    private ReleaseStateLoader() {
    }

    public static List<ReleaseState> load(Map<String, Object> kafkaSettings, Duration timeout) {
        Map<String, ReleaseState> states = new HashMap<>();
        TopicReplay.replay(kafkaSettings, Topics.INGEST_STATE, List.of(), timeout, record -> {
            if (record.value() == null) {
                states.remove(record.key());
                return;
            }
            try {
                states.put(record.key(), EventJson.read(record.value(), ReleaseState.class));
            } catch (InvalidEventException e) {
                LOG.warnf("skipping unreadable state of %s: %s", record.key(), e.getMessage());
            }
        });
        return new ArrayList<>(states.values());
    }
}
