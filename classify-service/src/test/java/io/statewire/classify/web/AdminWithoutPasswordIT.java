package io.statewire.classify.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.statewire.testing.KafkaBrokerResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** With no administrator password configured, the admin endpoint is refused to everyone, never open. */
@QuarkusTest
@TestProfile(AdminWithoutPasswordIT.NoAdminPassword.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class AdminWithoutPasswordIT {

    /** The service as deployed without STATEWIRE_ADMIN_PASSWORD: not the test profile, which sets one. */
    public static class NoAdminPassword implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "no-admin-password";
        }
    }

    @ConfigProperty(name = "quarkus.http.test-port")
    int httpPort;

    @Test
    void reloadIsRefusedWhateverTheCredentials() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String authorization : new String[] {null, TaxonomyReloadIT.basic("admin", ""),
                TaxonomyReloadIT.basic("admin", TaxonomyReloadIT.ADMIN_PASSWORD)}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort
                    + "/taxonomy/reload")).POST(HttpRequest.BodyPublishers.noBody());
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            assertThat(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as(String.valueOf(authorization)).isEqualTo(401);
        }
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/taxonomy")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }
}
