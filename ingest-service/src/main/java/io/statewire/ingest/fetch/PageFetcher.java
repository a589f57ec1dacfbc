package io.statewire.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Fetches pages over HTTP(S) with the source's user agent, within {@link FetchLimits}: redirects followed by hand
 * (each hop checked by the {@link NetworkPolicy} unless the source allows private networks), the whole page
 * within the page timeout (a slow drip is cut off), the body at most the size limit after gzip decompression,
 * HTML, XML and plain-text (robots.txt) content types only, the charset taken from a byte-order mark, the header or
 * a meta tag ({@link Charsets}), a body that is binary all the same refused ({@link BinaryBody}); conditional
 * requests with the last validators. Non-2xx answers (but 304) are errors, and a bot-challenge page is a
 * {@link ChallengeException}.
 */
public class PageFetcher implements AutoCloseable {

    private static final Set<String> CONTENT_TYPES = Set.of("text/html", "application/xhtml+xml", "application/xml",
            "text/xml", "application/rss+xml", "application/atom+xml", "application/rdf+xml", "text/plain");

    private final FetchLimits limits;
    private final HttpClient client;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fetch-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    public PageFetcher() {
        this(FetchLimits.DEFAULT);
    }

    public PageFetcher(FetchLimits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(limits.connectTimeout())
                .build();
    }

    public FetchedPage fetch(URI url, String userAgent, boolean allowPrivateNetwork) throws FetchException {
        return fetch(url, userAgent, allowPrivateNetwork, null, null);
    }

    /**
     * A conditional fetch: with the validators of the last fetch ({@code etag}, {@code lastModified}, either may be
     * null) a page the site reports unchanged comes back as 304 with no body.
     */
    public FetchedPage fetch(URI url, String userAgent, boolean allowPrivateNetwork, String etag, String lastModified)
            throws FetchException {
        long deadline = System.nanoTime() + limits.pageTimeout().toNanos();
        URI current = url;
        for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
            if (!allowPrivateNetwork) {
                NetworkPolicy.checkPublic(current);
            }
            HttpResponse<InputStream> response = send(current, userAgent, etag, lastModified, deadline);
            int status = response.statusCode();
            if (status == 304) {
                close(response);
                return new FetchedPage(current, status, null, etag, lastModified);
            }
            if (status / 100 == 3 && response.headers().firstValue("Location").isPresent()) {
                close(response);
                current = current.resolve(response.headers().firstValue("Location").get().strip());
                if (!"http".equals(current.getScheme()) && !"https".equals(current.getScheme())) {
                    throw new FetchException(url + ": redirect to a non-HTTP URL " + current);
                }
                continue;
            }
            if (status / 100 != 2) {
                close(response);
                throw new HttpStatusException(current.toString(), status,
                        RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), Instant.now()));
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("text/html");
            String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!CONTENT_TYPES.contains(mediaType)) {
                close(response);
                throw new FetchException(current + ": unsupported content type " + mediaType);
            }
            byte[] body = readBody(current, response, deadline);
            String text = Charsets.decode(body, contentType);
            if (BinaryBody.isBinary(text)) {
                throw new FetchException(String.format(Locale.ROOT, "%s: not text but binary (or in a charset nobody "
                        + "named): %.0f %% control characters or undecodable bytes, labelled %s", current,
                        BinaryBody.unreadablePercent(text), contentType));
            }
            if (BotChallenge.isChallenge(text)) {
                throw new ChallengeException(current.toString());
            }
            return new FetchedPage(current, status, text, response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
        throw new FetchException(url + ": more than " + limits.maxRedirects() + " redirects");
    }

    private HttpResponse<InputStream> send(URI url, String userAgent, String etag, String lastModified, long deadline)
            throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(limits.pageTimeout())
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,*/*;q=0.5")
                .header("Accept-Encoding", "gzip")
                .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        try {
            return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                    .get(remaining(url, deadline), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new FetchException(url + ": " + describe(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new FetchException(url + ": no answer within " + limits.pageTimeout().toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url + ": interrupted", e);
        }
    }

    private byte[] readBody(URI url, HttpResponse<InputStream> response, long deadline) throws FetchException {
        InputStream raw = response.body();
        ScheduledFuture<?> cutOff = watchdog.schedule(() -> closeQuietly(raw), remaining(url, deadline),
                TimeUnit.NANOSECONDS);
        boolean gzip = response.headers().firstValue("Content-Encoding").map(e -> e.equalsIgnoreCase("gzip"))
                .orElse(false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            byte[] buffer = new byte[16 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                if (out.size() > limits.maxBodyBytes()) {
                    throw new FetchException(url + ": body larger than " + limits.maxBodyBytes() + " bytes"
                            + (gzip ? " after decompression" : ""));
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (System.nanoTime() - deadline >= 0) {
                throw new FetchException(url + ": page not complete within " + limits.pageTimeout().toSeconds() + " s", e);
            }
            if (e instanceof ZipException) {
                throw new FetchException(url + ": body is not valid gzip (" + e.getMessage() + ")", e);
            }
            throw new FetchException(url + ": connection lost after " + out.size() + " bytes of the body ("
                    + describe(e) + ")", e);
        } finally {
            cutOff.cancel(false);
        }
    }

    private long remaining(URI url, long deadline) throws FetchException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new FetchException(url + ": page not complete within " + limits.pageTimeout().toSeconds() + " s");
        }
        return left;
    }

    /** The exception's message, or its kind when it has none (the HTTP client's often have none). */
    private static String describe(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void close(HttpResponse<InputStream> response) {
        closeQuietly(response.body());
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
