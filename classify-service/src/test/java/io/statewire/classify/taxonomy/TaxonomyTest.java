package io.statewire.classify.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    static Taxonomy bundled() throws IOException {
        try (InputStream in = TaxonomyTest.class.getClassLoader().getResourceAsStream("taxonomy/taxonomy.yaml")) {
            return Taxonomy.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "taxonomy.yaml");
        }
    }

    @Test
    void bundledTaxonomyHasEveryRequiredTopic() throws IOException {
        Taxonomy taxonomy = bundled();
        assertThat(taxonomy.version()).isNotBlank();
        assertThat(taxonomy.codes()).contains("bilateral-relations", "multilateral-diplomacy", "international-security",
                "armed-conflict", "terrorism", "defence-military", "arms-control", "sanctions", "trade-economy",
                "energy", "agriculture-food", "education-culture", "science-technology", "health",
                "environment-climate", "migration", "consular", "humanitarian", "human-rights", "law-justice",
                "media-information");
        assertThat(taxonomy.topics()).allSatisfy(t -> {
            assertThat(t.cap()).isBetween(1, 23);
            assertThat(t.rules()).isNotEmpty();
        });
    }

    @Test
    void problemsNameTheTopicAndField() {
        assertThatThrownBy(() -> Taxonomy.parse("topics: []", "t.yaml")).hasMessage("t.yaml: missing 'version'");
        assertThatThrownBy(() -> Taxonomy.parse("version: 1\ntopics: []", "t.yaml"))
                .hasMessage("t.yaml: 'topics' must be a non-empty list");
        assertThatThrownBy(() -> Taxonomy.parse("""
                version: 1
                topics:
                  - {code: energy, label: Energy, cap: 8, rules: [{any: [oil], weight: 1.5}]}
                """, "t.yaml")).hasMessage("t.yaml: topic 'energy': rules[0]: weight must be a number in [0,1]");
        assertThatThrownBy(() -> Taxonomy.parse("""
                version: 1
                topics:
                  - {code: energy, label: Energy, cap: 8, rules: [{none: [oil], weight: 0.5}]}
                """, "t.yaml")).hasMessage("t.yaml: topic 'energy': rules[0]: needs 'any' or 'all' phrases");
        assertThatThrownBy(() -> Taxonomy.parse("""
                version: 1
                topics:
                  - {code: energy, label: Energy, cap: 8, rules: [{any: [oil], weight: 0.5}]}
                  - {code: energy, label: Energy, cap: 8, rules: [{any: [gas], weight: 0.5}]}
                """, "t.yaml")).hasMessage("t.yaml: topic 'energy': code appears twice");
        assertThatThrownBy(() -> Taxonomy.parse("""
                version: 1
                topics:
                  - {code: Energy, label: Energy, cap: 8, rules: [{any: [oil], weight: 0.5}]}
                """, "t.yaml")).hasMessageContaining("code must be lower-case");
        assertThatThrownBy(() -> Taxonomy.parse("""
                version: 1
                topics:
                  - {code: energy, label: Energy, rules: [{any: [oil], weight: 0.5}]}
                """, "t.yaml")).hasMessage("t.yaml: topic 'energy': cap must be a CAP major topic number (1-99)");
        assertThatThrownBy(() -> Taxonomy.parse("""
                version: 1
                topics:
                  - {code: energy, label: Energy, cap: 8, rules: [{any: [o*], weight: 0.5}]}
                """, "t.yaml")).hasMessageStartingWith("t.yaml: topic 'energy': rules[0]: any: prefix 'o*'");
        assertThatThrownBy(() -> Taxonomy.parse("version: [", "t.yaml")).hasMessageStartingWith("t.yaml: not valid YAML");
    }
}
