package io.statewire.testing;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.Passage;
import io.statewire.contracts.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;

/** Builds {@code passage/1} events for tests and produces them to {@code press.passages}, keyed by release. */
public final class SamplePassages {

    private SamplePassages() {
    }

    /** A passage of revision 1; its id is derived from release, position and text, so the same call gives it again. */
    public static Passage passage(String releaseId, int position, String text, String title) {
        String id = String.format("%032x", (releaseId + "/" + position + "/" + text).hashCode() & 0xffffffffL);
        return new Passage(Passage.SCHEMA, id, releaseId, 1, position, text, "0123456789abcdef", "test-site",
                "http://127.0.0.1/r/" + releaseId, title, null, "en");
    }

    public static void send(Passage passage) {
        KafkaBroker.companion().produce(Serdes.String(), Serdes.ByteArray())
                .fromRecords(new ProducerRecord<>(Topics.PASSAGES, passage.releaseId(), EventJson.write(passage)))
                .awaitCompletion();
    }
}
