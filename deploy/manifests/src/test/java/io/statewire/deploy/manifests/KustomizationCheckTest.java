package io.statewire.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KustomizationCheckTest {

    @Test
    void theKustomizationAppliesEveryManifest() throws IOException {
        Path folder = TheProject.CHECKOUT.resolve(TheProject.K8S);
        YamlDocument kustomization = YamlFiles.read(folder, folder.resolve("kustomization.yaml")).get(0);

        assertThat(new KustomizationCheck(folder, kustomization.content()).problems()).isEmpty();
        assertThat(kustomization.content().path("resources").toString()).contains("kafka/users.yaml");
    }

    @Test
    void aListedFileThatIsMissingOrAFileNotListedIsReported(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("apps"));
        Files.writeString(folder.resolve("apps/one.yaml"), "kind: ConfigMap\n");
        Files.writeString(folder.resolve("apps/two.yaml"), "kind: ConfigMap\n");
        Path file = Files.writeString(folder.resolve("kustomization.yaml"),
                "resources:\n  - apps/one.yaml\n  - apps/three.yaml\n");

        assertThat(new KustomizationCheck(folder, YamlFiles.read(folder, file).get(0).content()).problems())
                .containsExactlyInAnyOrder("kustomization.yaml lists apps/three.yaml, which does not exist",
                        "apps/two.yaml is not among kustomization.yaml's resources");
    }
}
