package io.statewire.ingest.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Fetches pages over HTTP(S) with the source's user agent, following redirects. Non-2xx answers are errors, and
 * a bot-challenge page is a {@link ChallengeException}.
 */
public class PageFetcher {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(TIMEOUT)
            .build();

    public FetchedPage fetch(URI url, String userAgent) throws FetchException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,*/*;q=0.5")
                .GET()
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new FetchException(url + ": HTTP " + response.statusCode());
            }
            if (BotChallenge.isChallenge(response.body())) {
                throw new ChallengeException(url.toString());
            }
            return new FetchedPage(response.uri(), response.statusCode(), response.body());
        } catch (IOException e) {
            throw new FetchException(url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url + ": interrupted", e);
        }
    }
}
