package io.statewire.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployYamlTest {

    @Test
    void everyYamlFileUnderDeployParses() {
        Path deploy = TheProject.CHECKOUT.resolve("deploy");
        List<Path> files = YamlFiles.under(deploy);
        List<String> failures = new ArrayList<>();
        int documents = 0;
        for (Path file : files) {
            try {
                documents += YamlFiles.read(TheProject.CHECKOUT.root(), file).size();
            } catch (IOException e) {
                failures.add(deploy.relativize(file) + ": " + e.getMessage());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(files).extracting(f -> deploy.relativize(f).toString())
                .contains("k8s/kustomization.yaml", "k8s/kafka/kafka.yaml", "k8s/kafka/topics.yaml",
                        "k8s/services/ingest.yaml", "k8s/services/dedup.yaml", "k8s/services/classify.yaml",
                        "compose/compose.yaml");
        assertThat(documents).isGreaterThan(files.size());
    }

    @Test
    void buildOutputIsLeftOut(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/built.yaml"), "a: 1\n");
        Files.writeString(dir.resolve("kept.yml"), "a: 1\n");

        assertThat(YamlFiles.under(dir)).containsExactly(dir.resolve("kept.yml"));
    }

    @Test
    void aFileThatDoesNotParseIsAnError(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "kind: ConfigMap\n---\ndata:\n  a: [1, 2\n");

        assertThatThrownBy(() -> YamlFiles.read(dir, broken)).isInstanceOf(IOException.class);
    }

    @Test
    void aKeyGivenTwiceIsAnError(@TempDir Path dir) throws IOException {
        Path twice = Files.writeString(dir.resolve("twice.yaml"), "kind: ConfigMap\nkind: Secret\n");

        assertThatThrownBy(() -> YamlFiles.read(dir, twice)).isInstanceOf(IOException.class)
                .hasMessageContaining("kind");
    }

    @Test
    void everyDocumentOfAFileIsRead(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("three.yaml"), "# comment\n---\nkind: A\n---\nkind: B\n---\n");

        assertThat(YamlFiles.read(dir, file)).extracting(YamlDocument::kind).containsExactly("A", "B");
    }
}
