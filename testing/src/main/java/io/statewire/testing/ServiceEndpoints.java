package io.statewire.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations endpoints of a service on {@code localhost}: {@code GET /q/health/...} and the value of one series
 * of {@code GET /q/metrics} (Prometheus text format), for integration tests.
 */
public final class ServiceEndpoints {

    private final int httpPort;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ServiceEndpoints(int httpPort) {
        this.httpPort = httpPort;
    }

    /** {@code GET path}: the status and body. */
    public HttpResponse<String> get(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                    .timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of {@code /q/metrics}. */
    public String metrics() {
        return get("/q/metrics").body();
    }

    /**
     * The value of one series, named as the exposition prints it, labels in alphabetical order (e.g.
     * {@code statewire_dedup_passages_total{verdict="unique"}}); empty when it is not there.
     */
    public Optional<Double> value(String series) {
        return valueIn(metrics(), series);
    }

    /** The value of one series in a metrics text; empty when it is not there. */
    public static Optional<Double> valueIn(String metrics, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Optional.of(Double.parseDouble(line.group(1))) : Optional.empty();
    }
}
