package io.statewire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuessTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Министр провёл переговоры с коллегой из Пакистана.|ru",
        "The ministers discussed the situation in the region and the prospects for cooperation.|en",
        "Die Minister erörterten die Lage in der Region und die Zusammenarbeit mit den Nachbarn.|de",
        "Les ministres ont discuté de la situation dans la région et des perspectives de coopération.|fr",
        "Los ministros debatieron la situación en la región y las perspectivas de cooperación para el futuro.|es",
        "Os ministros discutiram a situação na região e as perspectivas de cooperação com os vizinhos.|pt",
        "2023 · 16:05|und"})
    void guessesFromScriptAndFunctionWords(String text, String language) {
        assertThat(LanguageGuess.of(List.of(text))).isEqualTo(language);
    }
}
