package io.statewire.deploy.manifests;

import static io.statewire.deploy.manifests.TheProject.array;
import static io.statewire.deploy.manifests.TheProject.container;
import static io.statewire.deploy.manifests.TheProject.content;
import static io.statewire.deploy.manifests.TheProject.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {

    private final Manifests manifests = TheProject.manifests();

    private List<String> problems() {
        return problems(manifests);
    }

    private static List<String> problems(Manifests manifests) {
        return new SettingsCheck(manifests, TheProject.services(), TheProject.images()).problems();
    }

    @Test
    void everyConfigMapKeyAndVariableIsASettingTheServiceReads() {
        assertThat(problems()).isEmpty();
    }

    @Test
    void aKeyNoServiceSettingMatchesIsReported() {
        object(content(manifests, "ConfigMap", "ingest-service-config").path("data"))
                .put("STATEWIRE_INGEST_MIN_HOST_DELAYS", "PT2S");
        // dedup-service has no taxonomy: the key is classify-service's
        object(content(manifests, "ConfigMap", "dedup-service-config").path("data"))
                .put("STATEWIRE_CLASSIFY_TAXONOMY_FILE", "/etc/taxonomy.yaml");

        assertThat(problems())
                .anyMatch(p -> p.contains("STATEWIRE_INGEST_MIN_HOST_DELAYS (ConfigMap ingest-service-config) sets "
                        + "no setting ingest-service reads"))
                .anyMatch(p -> p.contains("STATEWIRE_CLASSIFY_TAXONOMY_FILE") && p.contains("dedup-service reads"));
    }

    @Test
    void aSystemPropertyTheServiceDoesNotReadIsReported() {
        ObjectNode data = object(content(manifests, "ConfigMap", "classify-service-config").path("data"));
        data.put("JAVA_OPTS", data.path("JAVA_OPTS").asText() + " -Dstatewire.web.recnt=10 -Dstatewire.web.recent=10");

        assertThat(problems()).singleElement().asString()
                .contains("classify-service", "sets -Dstatewire.web.recnt, which classify-service does not read");
    }

    @Test
    void aPathOnNoVolumeOrAFileTheVolumeLacksIsReported() {
        object(content(manifests, "ConfigMap", "ingest-service-config").path("data"))
                .put("STATEWIRE_SOURCES", "/etc/statewire/sources/feeds.yaml");
        object(content(manifests, "ConfigMap", "dedup-service-config").path("data"))
                .put("KAFKA_STREAMS_STATE_DIR", "/data/dedup");

        assertThat(problems())
                .anyMatch(p -> p.contains("STATEWIRE_SOURCES") && p.contains("has no file feeds.yaml"))
                .anyMatch(p -> p.contains("KAFKA_STREAMS_STATE_DIR") && p.contains("/data/dedup is on no volume"));
    }

    @Test
    void aMissingOrUnusedConfigMapIsReported() {
        array(container(manifests, "Deployment", "classify-service").path("envFrom")).addObject()
                .putObject("configMapRef").put("name", "classify-extra");
        List<YamlDocument> documents = new ArrayList<>(manifests.all());
        documents.removeIf(d -> d.kind().equals("Deployment") && d.name().equals("ingest-service"));

        assertThat(problems()).anyMatch(p -> p.contains("ConfigMap classify-extra is not declared"));
        assertThat(problems(new Manifests(documents)))
                .anyMatch(p -> p.startsWith("ConfigMap ingest-service-config ") && p.endsWith("used by no workload"))
                .anyMatch(p -> p.startsWith("ConfigMap ingest-service-sources ") && p.endsWith("used by no workload"));
    }

    @Test
    void systemPropertiesAreReadFromJvmOptions() {
        assertThat(SettingsCheck.systemProperties("-Xmx128m -Da.b=1 -XX:+UseSerialGC -Dc=\"x y\""))
                .containsExactly("a.b", "c");
    }
}
