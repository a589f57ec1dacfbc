package io.statewire.classify.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.classify.text.TextAnalyzer;
import io.statewire.contracts.TopicTag;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTaggerTest {

    private static final Taxonomy SMALL = Taxonomy.parse("""
            version: small-1
            topics:
              - code: energy
                label: Energy
                cap: 8
                rules:
                  - {any: [gas, oil], none: [tear gas], weight: 0.4}
                  - {all: [pipeline, construction], weight: 0.4}
              - code: sanctions
                label: Sanctions
                cap: 19
                threshold: 0.8
                rules:
                  - {any: [sanction*], weight: 0.7}
            """, "small.yaml");

    private static List<TopicTag> tag(Taxonomy taxonomy, String text) {
        return new TopicTagger(taxonomy).tag(TextAnalyzer.analyze(text), 0);
    }

    @Test
    void scoresCombineFiredRulesAndTagFromTheThreshold() {
        assertThat(tag(SMALL, "Oil prices rose.")).isEmpty();
        List<TopicTag> tags = tag(SMALL, "The construction of the gas pipeline goes on.");
        assertThat(tags).singleElement().satisfies(t -> {
            assertThat(t.code()).isEqualTo("energy");
            assertThat(t.cap()).isEqualTo(8);
            assertThat(t.score()).isEqualTo(0.64);
            assertThat(t.evidence()).containsExactly("construction", "gas", "pipeline");
        });
        assertThat(tag(SMALL, "New sanctions were announced.")).isEmpty();
    }

    @Test
    void eachDistinctPhraseOfARuleCountsAndPlaceLimitsGateRules() {
        assertThat(tag(SMALL, "Oil and gas prices rose.")).extracting(TopicTag::score).containsExactly(0.64);
        Taxonomy byPlaces = Taxonomy.parse("""
                version: places-1
                topics:
                  - {code: bilateral, label: Bilateral, cap: 19, rules: [{any: [talks], min-places: 2, max-places: 2,
                     weight: 0.6}]}
                """, "places.yaml");
        var text = TextAnalyzer.analyze("The talks went well.");
        assertThat(new TopicTagger(byPlaces).tag(text, 1)).isEmpty();
        assertThat(new TopicTagger(byPlaces).tag(text, 2)).extracting(TopicTag::code).containsExactly("bilateral");
        assertThat(new TopicTagger(byPlaces).tag(text, 3)).isEmpty();
    }

    @Test
    void besideACertainTopicOthersNeedTheSecondaryMinimum() {
        Taxonomy taxonomy = Taxonomy.parse("""
                version: secondary-1
                secondary: {when-top-at-least: 0.9, min-score: 0.65}
                topics:
                  - {code: terrorism, label: Terrorism, cap: 19, rules: [{any: [terrorist], weight: 0.95}]}
                  - {code: law, label: Law, cap: 12, rules: [{any: [court], weight: 0.6}]}
                """, "secondary.yaml");
        assertThat(tag(taxonomy, "The court heard the case.")).extracting(TopicTag::code).containsExactly("law");
        assertThat(tag(taxonomy, "The terrorist was brought to court.")).extracting(TopicTag::code)
                .containsExactly("terrorism");
    }

    @Test
    void noneVetoesItsRule() {
        assertThat(tag(SMALL, "Police used gas near the pipeline construction site."))
                .extracting(TopicTag::score).containsExactly(0.64);
        assertThat(tag(SMALL, "Police used tear gas near the pipeline construction site.")).isEmpty();
    }

    @Test
    void theIssuesTerrorismFormsAllHitWithTheBundledTaxonomy() throws IOException {
        Taxonomy bundled = TaxonomyTest.bundled();
        for (String text : List.of("a terrorist attack", "counter-terrorism efforts", "anti-terrorist measures",
                "борьба с терроризмом", "о террористическом акте")) {
            assertThat(tag(bundled, text)).as(text).extracting(TopicTag::code).contains("terrorism");
        }
    }

    @Test
    void aPassageWithoutPolicyContentGetsNoTopic() throws IOException {
        assertThat(tag(TaxonomyTest.bundled(), "Ladies and gentlemen, good afternoon. Thank you for coming."))
                .isEmpty();
        assertThat(tag(TaxonomyTest.bundled(), "Дамы и господа, добрый день! Спасибо.")).isEmpty();
    }

    @Test
    void rightsNeedMoreThanTheWordsGovernmentAndFreeTrade() throws IOException {
        assertThat(tag(TaxonomyTest.bundled(), "Правительства двух стран обсудили создание зоны свободной торговли."))
                .extracting(TopicTag::code).doesNotContain("human-rights");
        assertThat(tag(TaxonomyTest.bundled(), "Права национальных меньшинств должны соблюдаться, дискриминация недопустима."))
                .extracting(TopicTag::code).contains("human-rights");
    }
}
