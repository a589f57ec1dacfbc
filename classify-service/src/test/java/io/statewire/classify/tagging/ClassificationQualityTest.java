package io.statewire.classify.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.statewire.classify.taxonomy.TaxonomyFile;
import io.statewire.contracts.Passage;
import io.statewire.contracts.Statement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Classification against hand-labelled passages in the register of foreign-ministry statements, English and
 * Russian: precision, recall and F1 per topic and micro-averaged, and for places and organisations. Two sets:
 * {@code evaluation/development.yaml}, which rules may be tuned on (its differences from the labels are printed),
 * and {@code evaluation/statements.yaml}, the evaluation proper, whose figures are printed without the texts it
 * got wrong so that it stays unseen. Fails when the evaluation set falls below floors set from measured values.
 */
class ClassificationQualityTest {

    /** Measured 0.790 (target 0.85, not reached); places 0.994, organisations 1.000 (targets 0.95). */
    private static final double TOPICS_MICRO_F1_FLOOR = 0.78;
    private static final double PLACES_F1_FLOOR = 0.98;
    private static final double ORGANISATIONS_F1_FLOOR = 0.99;

    /** The scores of one labelled set, and the items the classifier did not label as the set does. */
    private record Evaluation(int items, LabelScores topics, LabelScores places, LabelScores organisations,
            List<String> differences) {

        String tables() {
            return String.format("topics:%n%s%nplaces (micro):%n%s%norganisations (micro):%n%s", topics.table(),
                    places.microTable(), organisations.microTable());
        }
    }

    private static Evaluation main;

    @BeforeAll
    static void classifyTheEvaluationSets() throws IOException {
        Classifier classifier = Classifier.withBundledNames(TaxonomyFile.bundled().current());
        Evaluation development = evaluate(classifier, "evaluation/development.yaml");
        System.out.printf("%nDEVELOPMENT set (%d statements, which rules are tuned on)%n%s", development.items(),
                development.tables());
        System.out.println("development set, differences from the labels (expected→found):");
        development.differences().forEach(d -> System.out.println("  " + d));
        main = evaluate(classifier, "evaluation/statements.yaml");
        System.out.printf("%nEVALUATION set (%d statements, not used for tuning)%n%s%n", main.items(), main.tables());
    }

    private static Evaluation evaluate(Classifier classifier, String resource) throws IOException {
        LabelScores topics = new LabelScores();
        LabelScores places = new LabelScores();
        LabelScores organisations = new LabelScores();
        List<String> differences = new ArrayList<>();
        List<EvaluationSet.Item> items = EvaluationSet.read(resource);
        for (EvaluationSet.Item item : items) {
            Statement statement = classifier.classify(passage(item), Optional.empty()).statement();
            topics.add(item.topics(), statement.topicCodes());
            places.add(item.places(), statement.places());
            organisations.add(item.organisations(), statement.organisations());
            if (!sameSet(item.topics(), statement.topicCodes()) || !sameSet(item.places(), statement.places())
                    || !sameSet(item.organisations(), statement.organisations())) {
                differences.add(String.format("%s topics %s→%s places %s→%s orgs %s→%s | %s", item.id(),
                        item.topics(), statement.topics().stream().map(t -> t.code() + ":" + t.score() + t.evidence()).toList(),
                        item.places(), statement.places(), item.organisations(), statement.organisations(),
                        item.text()));
            }
        }
        return new Evaluation(items.size(), topics, places, organisations, differences);
    }

    @Test
    void theSetIsLargeEnough() {
        assertThat(main.items()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void topicsMicroF1() {
        assertThat(main.topics().microF1()).isGreaterThanOrEqualTo(TOPICS_MICRO_F1_FLOOR);
    }

    @Test
    void placesF1() {
        assertThat(main.places().microF1()).isGreaterThanOrEqualTo(PLACES_F1_FLOOR);
    }

    @Test
    void organisationsF1() {
        assertThat(main.organisations().microF1()).isGreaterThanOrEqualTo(ORGANISATIONS_F1_FLOOR);
    }

    private static boolean sameSet(List<String> a, List<String> b) {
        return a.size() == b.size() && a.containsAll(b);
    }

    private static Passage passage(EvaluationSet.Item item) {
        return new Passage(Passage.SCHEMA, "0".repeat(32), "eval:" + item.id(), 1, 0, item.text(), "0".repeat(16),
                "evaluation", "http://127.0.0.1/" + item.id(), "Statement", null, "en");
    }
}
