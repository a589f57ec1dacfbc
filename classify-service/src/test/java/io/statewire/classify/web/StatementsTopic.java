package io.statewire.classify.web;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.Statement;
import io.statewire.contracts.Topics;
import io.statewire.testing.KafkaBroker;
import java.util.Arrays;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;

/** Writes statements to {@code press.statements} on the test broker, keyed by release, in the order given. */
final class StatementsTopic {

    private StatementsTopic() {
    }

    static void publish(Statement... statements) {
        KafkaBroker.companion().produce(Serdes.String(), Serdes.ByteArray())
                .fromRecords(Arrays.stream(statements)
                        .map(s -> new ProducerRecord<>(Topics.STATEMENTS, s.releaseId(), EventJson.write(s)))
                        .toList())
                .awaitCompletion();
    }
}
