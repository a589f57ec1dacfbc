package io.statewire.classify.speaker;

import java.util.Optional;

/**
 * Decides who speaks in each passage of a release, passage by passage in order. A passage that opens with a turn
 * label ("Sergey Lavrov:", "Question:") is spoken by that label, and so are the passages after it until the next
 * label; before the first label the release title's speaker speaks. The state carried from passage to passage is
 * only the current turn, which the caller keeps per release.
 */
public final class SpeakerTurns {

    /** Who speaks in a passage, and the turn to carry to the next passage of the release (empty if none yet). */
    public record Decision(String speaker, Optional<String> turn) {
    }

    private final TitleSpeaker titles;
    private final TurnLabel labels;

    public SpeakerTurns(KnownSpeakers known) {
        this.titles = new TitleSpeaker(known);
        this.labels = new TurnLabel(known);
    }

    public Decision decide(String title, String passage, Optional<String> currentTurn) {
        Optional<String> label = labels.of(passage);
        Optional<String> turn = label.isPresent() ? label : currentTurn;
        String speaker = turn.or(() -> titles.of(title)).orElse(null);
        return new Decision(speaker, turn);
    }
}
