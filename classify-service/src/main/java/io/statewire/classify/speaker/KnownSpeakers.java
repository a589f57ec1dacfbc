package io.statewire.classify.speaker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.statewire.classify.match.Phrase;
import io.statewire.classify.match.PhraseHit;
import io.statewire.classify.match.PhraseIndex;
import io.statewire.classify.text.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The people and institutions that speak in releases, with their names in English and Russian
 * ({@code speaker/speakers.yaml}). Finds the first one a title or a turn label names and gives its canonical name,
 * preferring a person to an institution. Immutable, thread-safe.
 */
public final class KnownSpeakers {

    private final PhraseIndex<String> people = new PhraseIndex<>();
    private final PhraseIndex<String> institutions = new PhraseIndex<>();

    public static KnownSpeakers bundled() {
        try (InputStream in = KnownSpeakers.class.getClassLoader().getResourceAsStream("speaker/speakers.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            KnownSpeakers speakers = new KnownSpeakers();
            load(root.path("people"), speakers.people);
            load(root.path("institutions"), speakers.institutions);
            return speakers;
        } catch (IOException e) {
            throw new UncheckedIOException("speaker/speakers.yaml cannot be read", e);
        }
    }

    /** The canonical name of the first person named in the text, else of the first institution. */
    public Optional<String> find(String text) {
        var tokens = TextAnalyzer.analyze(separateInitials(text));
        return first(people.findAll(tokens)).or(() -> first(institutions.findAll(tokens)));
    }

    /** "С.В.Лаврова" is one word to the tokenizer; "С. В. Лаврова" is three. */
    private static String separateInitials(String text) {
        return text.replaceAll("\\.(?=\\p{L})", ". ");
    }

    private static Optional<String> first(List<PhraseHit<String>> hits) {
        return hits.stream().findFirst().map(PhraseHit::value);
    }

    private static void load(JsonNode names, PhraseIndex<String> index) {
        names.fields().forEachRemaining(entry -> entry.getValue()
                .forEach(phrase -> index.add(entry.getKey(), Phrase.parse(phrase.asText()))));
    }
}
