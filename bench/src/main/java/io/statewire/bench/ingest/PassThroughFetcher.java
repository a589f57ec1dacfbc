package io.statewire.bench.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The pass-through baseline of ingest-service: one thread per RSS feed reads the feed's item links and, for each,
 * fetches the page and publishes its raw body to a topic keyed by the page's URL. With {@code awaitEachAck} a
 * thread waits for the broker's acknowledgement before the next fetch (as ingest-service waits for each release's
 * commit); without, it sends on and waits only for the last. The producer is ingest-service's (acks=all,
 * idempotent, lz4), without transactions; nothing is extracted, serialized or remembered.
 */
public final class PassThroughFetcher implements AutoCloseable {

    private static final Pattern ITEM_LINK = Pattern.compile("<guid>([^<]+)</guid>");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final boolean awaitEachAck;
    private ExecutorService threads;

    public PassThroughFetcher(String bootstrap, String topic, boolean awaitEachAck) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.awaitEachAck = awaitEachAck;
    }

    /** Starts one thread per feed; the future completes when every page of every feed is published. */
    public CompletableFuture<Void> start(List<URI> feeds) {
        threads = Executors.newFixedThreadPool(feeds.size());
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (URI feed : feeds) {
            runs.add(CompletableFuture.runAsync(() -> publishAll(feed), threads));
        }
        return CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new));
    }

    private void publishAll(URI feed) {
        try {
            Matcher links = ITEM_LINK.matcher(new String(fetch(feed), StandardCharsets.UTF_8));
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            while (links.find()) {
                String url = links.group(1).strip();
                Future<RecordMetadata> record = producer.send(new ProducerRecord<>(topic, url, fetch(URI.create(url))));
                if (awaitEachAck) {
                    record.get();
                } else {
                    sent.add(record);
                }
            }
            for (Future<RecordMetadata> record : sent) {
                record.get();
            }
        } catch (IOException | ExecutionException e) {
            throw new IllegalStateException("pass-through failed on " + feed + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private byte[] fetch(URI url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    @Override
    public void close() {
        if (threads != null) {
            threads.shutdownNow();
        }
        producer.close();
    }
}
