package io.statewire.dedup.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void everyWordIsInOneSynonymGroupAtMostAndNoListedWordIsBothStopAndSpecific() throws Exception {
        Lexicon lexicon = Lexicon.bundled();
        assertThat(lexicon.stop()).doesNotContainAnyElementsOf(lexicon.specific());
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(Lexicon.class.getResourceAsStream("/near-copies.yaml"));
        Map<String, String> groupOfStem = new HashMap<>();
        for (var group : yaml.path("synonyms")) {
            for (var word : group) {
                String stem = WordStems.of(word.asText());
                String before = groupOfStem.put(stem, group.toString());
                assertThat(before == null || before.equals(group.toString()))
                        .as("'%s' (stem %s) is in %s and in %s", word.asText(), stem, before, group).isTrue();
            }
        }
        assertThat(lexicon.synonyms()).hasSizeGreaterThan(100);
    }
}
