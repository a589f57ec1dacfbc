package io.statewire.classify.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyFileTest {

    private static String taxonomy(String version, String word) {
        return "version: " + version + "\ntopics:\n  - {code: energy, label: Energy, cap: 8, rules: [{any: [" + word
                + "], weight: 0.9}]}\n";
    }

    @Test
    void aChangeIsGivenUntilAcceptedAndBadChangesAreRefusedOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("taxonomy.yaml");
        Files.writeString(file, taxonomy("v1", "oil"));
        TaxonomyFile taxonomyFile = TaxonomyFile.watching(file);
        assertThat(taxonomyFile.current().version()).isEqualTo("v1");
        assertThat(taxonomyFile.changed()).isEmpty();

        Files.writeString(file, taxonomy("v2", "gas"));
        var change = taxonomyFile.changed().orElseThrow();
        assertThat(change.taxonomy().version()).isEqualTo("v2");
        assertThat(taxonomyFile.changed()).as("not accepted yet, so given again").isPresent();
        taxonomyFile.accept(change);
        assertThat(taxonomyFile.current().version()).isEqualTo("v2");
        assertThat(taxonomyFile.changed()).isEmpty();

        Files.writeString(file, taxonomy("v2", "coal"));
        assertThatThrownBy(taxonomyFile::changed).hasMessageContaining("version is still 'v2'");
        assertThat(taxonomyFile.changed()).as("the same refused content is not reported again").isEmpty();
        Files.writeString(file, "version: v3\ntopics: []\n");
        assertThatThrownBy(taxonomyFile::changed).hasMessageContaining("'topics' must be a non-empty list");
        assertThat(taxonomyFile.current().version()).isEqualTo("v2");
    }

    @Test
    void anUnusableFileStopsStartUp(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("taxonomy.yaml");
        Files.writeString(file, "version: v1\n");
        assertThatThrownBy(() -> TaxonomyFile.watching(file)).isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("'topics' must be a non-empty list");
        assertThatThrownBy(() -> TaxonomyFile.watching(dir.resolve("missing.yaml")))
                .hasMessageContaining("cannot be read");
    }
}
