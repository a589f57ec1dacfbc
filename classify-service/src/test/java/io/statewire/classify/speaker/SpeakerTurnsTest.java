package io.statewire.classify.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeakerTurnsTest {

    private static final KnownSpeakers KNOWN = KnownSpeakers.bundled();
    private final TitleSpeaker titles = new TitleSpeaker(KNOWN);
    private final SpeakerTurns turns = new SpeakerTurns(KNOWN);

    @Test
    void speakerFromTheTitle() {
        assertThat(titles.of("Sergey Lavrov’s remarks and answers to media questions during a joint news conference"
                + " following talks with Bilawal Bhutto Zardari")).contains("Sergey Lavrov");
        assertThat(titles.of("Выступление Министра иностранных дел Российской Федерации С.В.Лаврова на пленарном "
                + "заседании")).contains("Sergey Lavrov");
        assertThat(titles.of("Брифинг официального представителя МИД России М.В.Захаровой")).contains("Maria Zakharova");
        assertThat(titles.of("Foreign Ministry Spokeswoman Maria Zakharova’s answer to a media question"))
                .contains("Maria Zakharova");
        assertThat(titles.of("Statement by the Foreign Ministry on the situation in Sudan"))
                .contains("Russian Foreign Ministry");
        assertThat(titles.of("Заявление МИД России в связи с ситуацией")).contains("Russian Foreign Ministry");
        assertThat(titles.of("Statement by Foreign Secretary Jane Doe on the anniversary")).contains("Jane Doe");
        assertThat(titles.of("Remarks by Ambassador John Smith at the Security Council")).contains("John Smith");
        assertThat(titles.of("Minister Ann Berg’s speech at the forum")).contains("Ann Berg");
        assertThat(titles.of("Comment by the Information and Press Department on the visit"))
                .contains("Information and Press Department");
        assertThat(titles.of("On the visit of a delegation to Moscow")).isEmpty();
    }

    @Test
    void transcriptTurnsChangeTheSpeakerUntilTheNextLabel() {
        String title = "Sergey Lavrov’s remarks and answers to media questions";
        var first = turns.decide(title, "Ladies and gentlemen, we have had good talks.", Optional.empty());
        assertThat(first.speaker()).isEqualTo("Sergey Lavrov");
        assertThat(first.turn()).isEmpty();

        var question = turns.decide(title, "Question: What about the gas pipeline?", first.turn());
        assertThat(question.speaker()).isEqualTo(TurnLabel.QUESTION);
        var questionGoesOn = turns.decide(title, "And a second part of my question.", question.turn());
        assertThat(questionGoesOn.speaker()).isEqualTo(TurnLabel.QUESTION);

        var answer = turns.decide(title, "Sergey Lavrov: The project is on track.", questionGoesOn.turn());
        assertThat(answer.speaker()).isEqualTo("Sergey Lavrov");
        var guest = turns.decide(title, "Bilawal Bhutto Zardari (speaks in English): We agree.", answer.turn());
        assertThat(guest.speaker()).isEqualTo("Bilawal Bhutto Zardari");
        assertThat(turns.decide(title, "Вопрос: А что с визами?", guest.turn()).speaker()).isEqualTo("Question");
        assertThat(turns.decide(title, "С.В.Лавров: Мы это обсудили.", guest.turn()).speaker())
                .isEqualTo("Sergey Lavrov");
    }

    @Test
    void ordinaryColonsAreNotTurns() {
        assertThat(new TurnLabel(KNOWN).of("We agreed on three points: trade, energy and culture.")).isEmpty();
        assertThat(new TurnLabel(KNOWN).of("Note: the schedule may change.")).isEmpty();
        assertThat(new TurnLabel(KNOWN).of("The following was agreed: a new commission.")).isEmpty();
    }
}
