package io.statewire.classify.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.statewire.testing.KafkaBrokerResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /taxonomy/reload} against the running service: only the administrator may reload, with HTTP basic
 * authentication; a changed file with a new version is taken at once (the timer is set to an hour, so only the
 * request can have reloaded it), an edit that keeps the version is refused with the reason, and the read-only
 * endpoints stay open to everyone.
 */
@QuarkusTest
@TestProfile(TaxonomyReloadIT.WatchedTaxonomy.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class TaxonomyReloadIT {

    static final String ADMIN_PASSWORD = "test-admin-password";

    /** A taxonomy file the test edits, read again by the timer only once an hour. */
    public static class WatchedTaxonomy implements QuarkusTestProfile {
        static final Path FILE = Path.of("target", "taxonomy-reload-it.yaml").toAbsolutePath();

        @Override
        public Map<String, String> getConfigOverrides() {
            write(taxonomy("reload-v1", "energy", "pipeline"));
            return Map.of("statewire.classify.taxonomy-file", FILE.toString(),
                    "statewire.classify.taxonomy-check-interval", "PT1H");
        }
    }

    @ConfigProperty(name = "quarkus.http.test-port")
    int httpPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onlyTheAdministratorReloadsAndTheOutcomeIsAnswered() throws Exception {
        assertThat(reload(null).statusCode()).isEqualTo(401);
        assertThat(reload(basic("admin", "wrong-password")).statusCode()).isEqualTo(401);
        assertThat(reload(basic("someone", ADMIN_PASSWORD)).statusCode()).isEqualTo(401);

        HttpResponse<String> unchanged = reload(basic("admin", ADMIN_PASSWORD));
        assertThat(unchanged.statusCode()).isEqualTo(200);
        assertThat(unchanged.body()).contains("\"result\":\"UNCHANGED\"").contains("\"version\":\"reload-v1\"");

        write(taxonomy("reload-v2", "river-transport", "barge"));
        assertThat(get("/taxonomy").body()).as("not read again before the request").contains("\"version\":\"reload-v1\"");
        HttpResponse<String> reloaded = reload(basic("admin", ADMIN_PASSWORD));
        assertThat(reloaded.statusCode()).isEqualTo(200);
        assertThat(reloaded.body()).contains("\"result\":\"RELOADED\"").contains("\"version\":\"reload-v2\"");
        assertThat(get("/taxonomy").body()).contains("\"version\":\"reload-v2\"").contains("river-transport");

        write(taxonomy("reload-v2", "energy", "barge"));
        HttpResponse<String> refused = reload(basic("admin", ADMIN_PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"result\":\"REFUSED\"").contains("\"version\":\"reload-v2\"")
                .contains("version is still 'reload-v2'");
        assertThat(get("/taxonomy").body()).contains("\"version\":\"reload-v2\"").contains("still 'reload-v2'");
    }

    @Test
    void readOnlyEndpointsNeedNoCredentialsAndIgnoreWrongOnes() throws Exception {
        for (String path : new String[] {"/taxonomy", "/statements", "/", "/q/health/live"}) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
            HttpResponse<String> withWrongCredentials = http.send(HttpRequest.newBuilder(uri(path))
                    .header("Authorization", basic("admin", "wrong-password")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(withWrongCredentials.statusCode()).as(path + " with wrong credentials").isEqualTo(200);
        }
    }

    static String taxonomy(String version, String code, String word) {
        return """
                version: "%s"
                topics:
                  - {code: %s, label: Test topic, cap: 8, rules: [{any: [%s], weight: 0.9}]}
                """.formatted(version, code, word);
    }

    static void write(String content) {
        try {
            Files.createDirectories(WatchedTaxonomy.FILE.getParent());
            Files.writeString(WatchedTaxonomy.FILE, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> reload(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/taxonomy/reload"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }
}
