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

    /** The speaker of the last title seen: the passages of a release arrive together and share their title. */
    private record TitleAndSpeaker(String title, Optional<String> speaker) {
    }

    private final TitleSpeaker titles;
    private final TurnLabel labels;
    private volatile TitleAndSpeaker lastTitle = new TitleAndSpeaker("", Optional.empty());

    public SpeakerTurns(KnownSpeakers known) {
        this.titles = new TitleSpeaker(known);
        this.labels = new TurnLabel(known);
    }

    public Decision decide(String title, String passage, Optional<String> turnBefore) {
        Optional<String> label = labels.of(passage);
        String speaker = label.or(() -> turnBefore).or(() -> titleSpeaker(title)).orElse(null);
        return new Decision(speaker, label);
    }

    private Optional<String> titleSpeaker(String title) {
        TitleAndSpeaker last = lastTitle;
        if (!last.title().equals(title)) {
            last = new TitleAndSpeaker(title, titles.of(title));
            lastTitle = last;
        }
        return last.speaker();
    }
}
