package io.statewire.classify.speaker;

import java.util.Optional;

/**
 * Decides who speaks in a passage of a release. A passage that opens with a turn label ("Sergey Lavrov:",
 * "Question:") is spoken by that label, and so are the passages after it until the next label; before the first
 * label the release title's speaker speaks. The caller keeps the release's turns ({@link ReleaseTurns}) and passes
 * the turn in effect before the passage.
 */
public final class SpeakerTurns {

    /** Who speaks in a passage, and the turn the passage opens with its own label, if it has one. */
    public record Decision(String speaker, Optional<String> opensTurn) {
    }

    private final TitleSpeaker titles;
    private final TurnLabel labels;

    public SpeakerTurns(KnownSpeakers known) {
        this.titles = new TitleSpeaker(known);
        this.labels = new TurnLabel(known);
    }

    public Decision decide(String title, String passage, Optional<String> turnBefore) {
        Optional<String> label = labels.of(passage);
        String speaker = label.or(() -> turnBefore).or(() -> titles.of(title)).orElse(null);
        return new Decision(speaker, label);
    }
}
