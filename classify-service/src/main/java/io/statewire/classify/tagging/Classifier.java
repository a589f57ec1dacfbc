package io.statewire.classify.tagging;

import io.statewire.classify.entities.Gazetteer;
import io.statewire.classify.speaker.KnownSpeakers;
import io.statewire.classify.speaker.SpeakerTurns;
import io.statewire.classify.taxonomy.Taxonomy;
import io.statewire.classify.taxonomy.TopicTagger;
import io.statewire.classify.text.AnalyzedText;
import io.statewire.classify.text.TextAnalyzer;
import io.statewire.contracts.Passage;
import io.statewire.contracts.Statement;
import io.statewire.contracts.TopicTag;
import java.util.List;
import java.util.Optional;

/**
 * Turns a passage into a statement: topics from the taxonomy in use, places and organisations from the
 * gazetteers, the speaker from the passage's own turn label, else the release's turn in effect before the
 * passage (which the caller keeps), else the release title.
 * The text is analysed once for all three. The taxonomy can be swapped while classifying ({@link #use});
 * everything else is immutable, so one classifier serves all threads.
 */
public final class Classifier {

    /** The taxonomy version of statements from a classifier with tagging switched off. */
    public static final String UNTAGGED = "untagged";

    /** The statement, and the transcript turn the passage opens with its own label, if it has one. */
    public record Result(Statement statement, Optional<String> opensTurn) {
    }

    private volatile TopicTagger tagger;
    private final boolean tagging;
    private final Gazetteer places;
    private final Gazetteer organisations;
    private final SpeakerTurns speakers;

    private Classifier(Taxonomy taxonomy, boolean tagging) {
        this.tagger = new TopicTagger(taxonomy);
        this.tagging = tagging;
        this.places = tagging ? Gazetteer.fromResource("gazetteer/places.yaml") : null;
        this.organisations = tagging ? Gazetteer.fromResource("gazetteer/organisations.yaml") : null;
        this.speakers = tagging ? new SpeakerTurns(KnownSpeakers.bundled()) : null;
    }

    /** A classifier with the given taxonomy and the bundled gazetteers and speakers. */
    public static Classifier withBundledNames(Taxonomy taxonomy) {
        return new Classifier(taxonomy, true);
    }

    /**
     * A classifier with tagging switched off: statements without topics, places, organisations or speaker,
     * under the taxonomy version {@value #UNTAGGED}. The baseline of the throughput benchmark (the same service
     * less the classification), and a way to keep statements flowing while tagging is off.
     */
    public static Classifier untagged(Taxonomy taxonomy) {
        return new Classifier(taxonomy, false);
    }

    public Taxonomy taxonomy() {
        return tagger.taxonomy();
    }

    /** From now on, tag with this taxonomy. */
    public void use(Taxonomy taxonomy) {
        this.tagger = new TopicTagger(taxonomy);
    }

    /** Classifies a passage; a failure of the classifier on this text is a {@link ClassificationException}. */
    public Result classify(Passage passage, Optional<String> turnBefore) {
        try {
            return classifyUnchecked(passage, turnBefore);
        } catch (RuntimeException e) {
            throw new ClassificationException("classification failed: " + e, e);
        }
    }

    private Result classifyUnchecked(Passage passage, Optional<String> turnBefore) {
        if (!tagging) {
            return new Result(statement(passage, null, List.of(), List.of(), List.of(), UNTAGGED), Optional.empty());
        }
        TopicTagger current = tagger;
        AnalyzedText text = TextAnalyzer.analyze(passage.text());
        SpeakerTurns.Decision speaker = speakers.decide(passage.title(), passage.text(), turnBefore);
        List<String> named = places.find(text);
        return new Result(statement(passage, speaker.speaker(), current.tag(text, named.size()), named,
                organisations.find(text), current.taxonomy().version()), speaker.opensTurn());
    }

    private static Statement statement(Passage passage, String speaker, List<TopicTag> topics,
            List<String> places, List<String> organisations, String taxonomyVersion) {
        return new Statement(Statement.SCHEMA, passage.passageId(), passage.releaseId(), passage.position(),
                passage.text(), speaker, topics, places, organisations, passage.source(), passage.url(),
                passage.title(), passage.publishedAt(), passage.language(), taxonomyVersion);
    }
}
