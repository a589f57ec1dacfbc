package io.statewire.classify.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
        assertThat(titles.of("Statement by the EU Spokesperson on talks with Minister Ann Berg"))
                .contains("EU Spokesperson");
        assertThat(titles.of("Deputy Minister Ivan Kuznetsov Meets the Ambassador of Chile")).isEmpty();
        assertThat(titles.of("Minister Ann Berg’s Remarks at the forum")).contains("Ann Berg");
    }

    @Test
    void transcriptTurnsChangeTheSpeakerUntilTheNextLabel() {
        String title = "Sergey Lavrov’s remarks and answers to media questions";
        List<String> passages = List.of("Ladies and gentlemen, we have had good talks.",
                "Question: What about the gas pipeline?", "And a second part of my question.",
                "Sergey Lavrov: The project is on track.", "Bilawal Bhutto Zardari (speaks in English): We agree.",
                "Вопрос: А что с визами?", "С.В.Лавров: Мы это обсудили.", "Thank you.");
        ReleaseTurns releaseTurns = ReleaseTurns.NONE;
        List<String> speakers = new ArrayList<>();
        for (int position = 0; position < passages.size(); position++) {
            var decision = turns.decide(title, passages.get(position), releaseTurns.before(position));
            speakers.add(decision.speaker());
            if (decision.opensTurn().isPresent()) {
                releaseTurns = releaseTurns.with(position, decision.opensTurn().get());
            }
        }
        assertThat(speakers).containsExactly("Sergey Lavrov", "Question", "Question", "Sergey Lavrov",
                "Bilawal Bhutto Zardari", "Question", "Sergey Lavrov", "Sergey Lavrov");

        ReleaseTurns stored = ReleaseTurns.decode(releaseTurns.encode());
        assertThat(stored.before(0)).isEmpty();
        assertThat(stored.before(2)).contains("Question");
        assertThat(stored.before(5)).contains("Bilawal Bhutto Zardari");
        assertThat(stored.before(100)).contains("Sergey Lavrov");
    }

    @Test
    void aRevisedPassageInTheMiddleGetsTheTurnOfItsPlace() {
        ReleaseTurns turnsSoFar = ReleaseTurns.NONE.with(1, "Question").with(3, "Sergey Lavrov").with(5, "Question");
        var revised = turns.decide("Sergey Lavrov’s remarks", "A corrected answer.", turnsSoFar.before(4));
        assertThat(revised.speaker()).isEqualTo("Sergey Lavrov");
        assertThat(revised.opensTurn()).isEmpty();
    }

    @Test
    void ordinaryColonsAreNotTurns() {
        assertThat(new TurnLabel(KNOWN).of("We agreed on three points: trade, energy and culture.")).isEmpty();
        assertThat(new TurnLabel(KNOWN).of("Note: the schedule may change.")).isEmpty();
        assertThat(new TurnLabel(KNOWN).of("The following was agreed: a new commission.")).isEmpty();
        assertThat(new TurnLabel(KNOWN).of("Energy: the talks covered gas supplies.")).isEmpty();
        assertThat(new TurnLabel(KNOWN).of("J. Smith: Thank you.")).contains("J. Smith");
    }
}
