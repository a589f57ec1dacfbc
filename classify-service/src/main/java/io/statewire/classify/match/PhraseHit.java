package io.statewire.classify.match;

/** A phrase found in a text: the value it stands for, the phrase, and the tokens it covers (inclusive). */
public record PhraseHit<T>(T value, Phrase phrase, int first, int last) {

    boolean within(PhraseHit<?> other) {
        return other.first <= first && last <= other.last && (other.last - other.first) > (last - first);
    }
}
