package io.statewire.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.statewire.testing.KafkaBrokerResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** With no administrator password configured, the admin endpoint is refused to everyone, never open. */
@QuarkusTest
@TestProfile(AdminWithoutPasswordIT.NoAdminPassword.class)
class AdminWithoutPasswordIT {

    /**
     * The service as deployed without STATEWIRE_ADMIN_PASSWORD (not the test profile, which sets one), watching one
     * quiet source of its own instead of the sample site whose releases the other tests count.
     */
    public static class NoAdminPassword implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "no-admin-password";
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaBrokerResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path sources = Files.createTempFile("statewire-quiet-sources", ".yaml");
                Files.writeString(sources, """
                        sources:
                          - id: quiet
                            profile: generic
                            list-url: http://127.0.0.1:9/press/
                            poll-interval: 1h
                            allow-private-network: true
                        """);
                return Map.of("statewire.sources", sources.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @ConfigProperty(name = "quarkus.http.test-port")
    int httpPort;

    @Test
    void pollIsRefusedWhateverTheCredentials() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI poll = URI.create("http://localhost:" + httpPort + "/sources/quiet/poll");
        for (String authorization : new String[] {null, SourcePollEndpointIT.basic("admin", ""),
                SourcePollEndpointIT.basic("admin", SourcePollEndpointIT.ADMIN_PASSWORD)}) {
            assertThat(SourcePollEndpointIT.post(http, poll, authorization).statusCode())
                    .as(String.valueOf(authorization)).isEqualTo(401);
        }
    }
}
