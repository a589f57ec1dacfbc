package io.statewire.classify.web;

import static io.statewire.classify.web.SampleStatements.statement;
import static io.statewire.classify.web.SampleStatements.topic;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementFilterTest {

    private final ReadStatement energyInFrance = ReadStatement.of(statement("r-1", 0, "Gas prices.",
            List.of(topic("energy"), topic("trade")), List.of("FR", "DE"), List.of("EU")));
    private final ReadStatement untagged = ReadStatement.of(statement("r-2", 0, "Good morning.", List.of(), List.of(),
            List.of()));

    @Test
    void noCriteriaMatchesEverything() {
        assertThat(StatementFilter.ANY.matches(energyInFrance)).isTrue();
        assertThat(StatementFilter.ANY.matches(untagged)).isTrue();
        assertThat(new StatementFilter("", " ", null).matches(untagged)).isTrue();
    }

    @Test
    void eachCriterionMustBeOneOfTheStatementsValues() {
        assertThat(new StatementFilter("trade", null, null).matches(energyInFrance)).isTrue();
        assertThat(new StatementFilter("defence", null, null).matches(energyInFrance)).isFalse();
        assertThat(new StatementFilter(null, "DE", null).matches(energyInFrance)).isTrue();
        assertThat(new StatementFilter(null, "IT", null).matches(energyInFrance)).isFalse();
        assertThat(new StatementFilter(null, null, "EU").matches(energyInFrance)).isTrue();
        assertThat(new StatementFilter(null, null, "UN").matches(energyInFrance)).isFalse();
        assertThat(new StatementFilter("energy", null, null).matches(untagged)).isFalse();
    }

    @Test
    void criteriaCombineWithAnd() {
        assertThat(new StatementFilter("energy", "FR", "EU").matches(energyInFrance)).isTrue();
        assertThat(new StatementFilter("energy", "FR", "UN").matches(energyInFrance)).isFalse();
        assertThat(new StatementFilter("energy", "IT", "EU").matches(energyInFrance)).isFalse();
        assertThat(new StatementFilter("defence", "FR", "EU").matches(energyInFrance)).isFalse();
    }

    @Test
    void caseAndSurroundingBlanksDoNotMatter() {
        assertThat(new StatementFilter(" Energy ", "fr", "eu").matches(energyInFrance)).isTrue();
    }

    @Test
    void aCriterionIsAWholeValueNotAPart() {
        assertThat(new StatementFilter("energ", null, null).matches(energyInFrance)).isFalse();
        assertThat(new StatementFilter(null, "F", null).matches(energyInFrance)).isFalse();
    }
}
