package io.statewire.faults;

import io.statewire.testing.ServiceEndpoints;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks each watched service's {@code GET /q/health/ready} every half second from a thread of its own and keeps
 * every answer that was not 200 (or no answer), with the service's name: health must stay UP throughout a run.
 */
final class HealthWatch implements AutoCloseable {

    private final Map<String, ServiceEndpoints> services;
    private final AtomicBoolean watching = new AtomicBoolean(true);
    private final AtomicInteger checks = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> downs = new ConcurrentLinkedQueue<>();
    private final Thread thread;

    private HealthWatch(Map<String, ServiceEndpoints> services) {
        this.services = services;
        this.thread = new Thread(this::watch, "health-watch");
        thread.setDaemon(true);
    }

    /** Starts watching these services (name to endpoints). */
    static HealthWatch start(Map<String, ServiceEndpoints> services) {
        HealthWatch watch = new HealthWatch(services);
        watch.thread.start();
        return watch;
    }

    /** Readiness checks made so far (one per service per round). */
    int checks() {
        return checks.get();
    }

    /** Every answer that was not UP: service, time and what it said. */
    List<String> downs() {
        return List.copyOf(downs);
    }

    @Override
    public void close() throws InterruptedException {
        watching.set(false);
        thread.join(30_000);
    }

    private void watch() {
        while (watching.get()) {
            services.forEach((name, endpoints) -> {
                try {
                    var response = endpoints.get("/q/health/ready");
                    if (response.statusCode() != 200) {
                        downs.add(name + " at " + java.time.Instant.now() + ": " + response.statusCode() + " "
                                + response.body());
                    }
                } catch (RuntimeException e) {
                    downs.add(name + " at " + java.time.Instant.now() + ": no answer: " + e);
                }
                checks.incrementAndGet();
            });
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
