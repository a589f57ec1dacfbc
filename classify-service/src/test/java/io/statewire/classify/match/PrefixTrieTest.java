package io.statewire.classify.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrefixTrieTest {

    private static List<String> found(PrefixTrie<String> trie, String word) {
        List<String> values = new ArrayList<>();
        trie.forEachPrefixOf(word, values::addAll);
        return values;
    }

    @Test
    void everyPrefixOfTheWordIsFoundShorterFirstInTheOrderFiled() {
        var trie = new PrefixTrie<String>();
        trie.put("террорист", "long");
        trie.put("террор", "short");
        trie.put("террор", "short again");
        trie.put("терапи", "other");
        assertThat(found(trie, "террористическом")).containsExactly("short", "short again", "long");
        assertThat(found(trie, "терроризм")).containsExactly("short", "short again");
    }

    @Test
    void aWordShorterThanThePrefixOrDifferingInOneCharacterFindsNothing() {
        var trie = new PrefixTrie<String>();
        trie.put("sanction", "s");
        assertThat(found(trie, "sanct")).isEmpty();
        assertThat(found(trie, "sanctiun")).isEmpty();
        assertThat(found(trie, "")).isEmpty();
        assertThat(found(trie, "sanction")).containsExactly("s");
    }

    @Test
    void anEmptyPrefixIsRefused() {
        assertThatThrownBy(() -> new PrefixTrie<String>().put("", "x")).hasMessage("empty prefix");
    }
}
