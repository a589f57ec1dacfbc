package io.statewire.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.statewire.ingest.SampleSiteResource;
import io.statewire.testing.KafkaBrokerResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /sources/{id}/poll} against the running service watching the sample site: only the administrator may
 * ask for a poll (HTTP basic authentication, the test profile's password); the answer says what the poll did; an
 * unknown source is 404; the read-only endpoints stay open.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(SampleSiteResource.class)
class SourcePollEndpointIT {

    static final String ADMIN_PASSWORD = "test-admin-password";

    @ConfigProperty(name = "quarkus.http.test-port")
    int httpPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onlyTheAdministratorAsksForAPoll() throws Exception {
        assertThat(poll("sample", null).statusCode()).isEqualTo(401);
        assertThat(poll("sample", basic("admin", "wrong-password")).statusCode()).isEqualTo(401);
        assertThat(poll("sample", basic("someone", ADMIN_PASSWORD)).statusCode()).isEqualTo(401);

        HttpResponse<String> polled = poll("sample", basic("admin", ADMIN_PASSWORD));
        assertThat(polled.statusCode()).isEqualTo(200);
        assertThat(polled.body()).contains("\"sourceId\":\"sample\"").containsPattern("\"discovered\":[1-9]")
                .contains("\"errors\":[]");

        HttpResponse<String> unknown = poll("no-such-source", basic("admin", ADMIN_PASSWORD));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no source has the id no-such-source");
    }

    @Test
    void readOnlyEndpointsNeedNoCredentials() throws Exception {
        for (String path : new String[] {"/q/health/live", "/q/metrics"}) {
            assertThat(http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as(path).isEqualTo(200);
            assertThat(http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic("admin", "wrong"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as(path + " with wrong credentials")
                    .isEqualTo(200);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(HttpClient http, URI uri, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> poll(String source, String authorization) throws Exception {
        return post(http, uri("/sources/" + source + "/poll"), authorization);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }
}
