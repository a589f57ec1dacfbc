package io.statewire.classify.match;

import io.statewire.classify.text.AnalyzedText;

/**
 * One word of a phrase and how it matches a token: {@link Kind#STEM} by Snowball stem (any case),
 * {@link Kind#PREFIX} by the start of the lower-cased token ({@code террор*}), {@link Kind#EXACT} by the token
 * exactly as written ({@code =Того}, and acronyms such as {@code UN} or {@code ООН}).
 */
record PhraseWord(Kind kind, String key) {

    enum Kind { STEM, PREFIX, EXACT }

    boolean matches(AnalyzedText text, int token) {
        return switch (kind) {
            case STEM -> key.equals(text.stem()[token]);
            case PREFIX -> text.lower()[token].startsWith(key);
            case EXACT -> key.equals(text.surface()[token]);
        };
    }
}
