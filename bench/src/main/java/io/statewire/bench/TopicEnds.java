package io.statewire.bench;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/** Points a consumer at the present end of whole topics, so that it reads only what is written from now on. */
public final class TopicEnds {

    private TopicEnds() {
    }

    /** Assigns every partition of {@code topics} to {@code consumer} and fixes its position at their ends now. */
    public static void assignAtEnd(Consumer<?, ?> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }
}
