package io.statewire.faults;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.PressRelease;
import io.statewire.contracts.Topics;
import io.statewire.testing.SampleReleases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A run's input: releases of generated, unique paragraphs ({@link ParagraphGenerator}) produced to
 * {@code press.releases} at a steady rate from a thread of its own, by an idempotent producer that waits out a
 * broker outage (acknowledged by all in-sync replicas, up to ten minutes per record). Between releases it can
 * interleave extra records (poison) that a {@link Interleave} hands it.
 */
final class ReleaseFeed implements AutoCloseable {

    /** Extra records to send after release {@code index} (none: an empty list). */
    interface Interleave {
        List<ProducerRecord<String, byte[]>> after(int index);
    }

    private final String bootstrap;
    private final List<PressRelease> releases;
    private final double perSecond;
    private final Interleave interleave;
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();
    private Thread thread;

    private ReleaseFeed(String bootstrap, List<PressRelease> releases, double perSecond, Interleave interleave) {
        this.bootstrap = bootstrap;
        this.releases = releases;
        this.perSecond = perSecond;
        this.interleave = interleave;
    }

    /** {@code count} releases of {@code source}, {@code paragraphs} paragraphs each, sent {@code perSecond}. */
    static ReleaseFeed of(String bootstrap, String source, int count, int paragraphs, double perSecond,
            Interleave interleave) {
        ParagraphGenerator generator = new ParagraphGenerator(ParagraphGenerator.SEED);
        List<PressRelease> releases = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < count; i++) {
            List<String> texts = new ArrayList<>();
            for (int p = 0; p < paragraphs; p++) {
                texts.add(generator.paragraph(number++));
            }
            releases.add(SampleReleases.release(source, source + ":" + i, 1, texts));
        }
        return new ReleaseFeed(bootstrap, releases, perSecond, interleave);
    }

    /** Every paragraph of every release: what must come out as statements, each exactly once. */
    List<String> paragraphs() {
        return releases.stream().flatMap(r -> r.paragraphs().stream()).toList();
    }

    int releases() {
        return releases.size();
    }

    void start() {
        thread = new Thread(this::send, "feed");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until every record was sent and acknowledged; fails on a send error or timeout. */
    void awaitSent(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
        if (thread.isAlive()) {
            throw new AssertionError("the feed did not finish within " + timeout + ": " + acknowledged.get() + " of "
                    + releases.size() + " releases acknowledged");
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("the feed failed to send: " + failures.peek(), failures.peek());
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (thread != null && thread.isAlive()) {
            thread.interrupt();
            thread.join(10_000);
        }
    }

    private void send() {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 600_000, ProducerConfig.MAX_BLOCK_MS_CONFIG, 600_000,
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024);
        long start = System.nanoTime();
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < releases.size(); i++) {
                long due = start + (long) (i * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                PressRelease release = releases.get(i);
                producer.send(new ProducerRecord<>(Topics.RELEASES, release.releaseId(), EventJson.write(release)),
                        (metadata, error) -> {
                            if (error != null) {
                                failures.add(error);
                            } else {
                                acknowledged.incrementAndGet();
                            }
                        });
                for (ProducerRecord<String, byte[]> extra : interleave.after(i)) {
                    producer.send(extra, (metadata, error) -> {
                        if (error != null) {
                            failures.add(error);
                        }
                    });
                }
            }
            producer.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }
}
