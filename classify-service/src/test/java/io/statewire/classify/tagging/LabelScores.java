package io.statewire.classify.tagging;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Counts true positives, false positives and false negatives per label, and gives precision, recall and F1. */
final class LabelScores {

    private record Counts(int truePositives, int falsePositives, int falseNegatives) {
        Counts plus(Counts other) {
            return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, Counts> byLabel = new TreeMap<>();

    /** Adds one item's expected and predicted labels. */
    void add(Collection<String> expected, Collection<String> predicted) {
        for (String label : predicted) {
            count(label, expected.contains(label) ? new Counts(1, 0, 0) : new Counts(0, 1, 0));
        }
        for (String label : expected) {
            if (!predicted.contains(label)) {
                count(label, new Counts(0, 0, 1));
            }
        }
    }

    double microF1() {
        return micro().f1();
    }

    double microPrecision() {
        return micro().precision();
    }

    double microRecall() {
        return micro().recall();
    }

    /** A table: one line per label with its counts, precision, recall and F1, then the micro average. */
    String table() {
        StringBuilder out = new StringBuilder(String.format("%-24s %4s %4s %4s %6s %6s %6s%n", "label", "tp", "fp",
                "fn", "P", "R", "F1"));
        byLabel.forEach((label, counts) -> out.append(line(label, counts)));
        return out.append(line("micro", micro())).toString();
    }

    /** Only the micro-averaged line, for label sets too large to list. */
    String microTable() {
        return String.format("%-24s %4s %4s %4s %6s %6s %6s%n", "label", "tp", "fp", "fn", "P", "R", "F1")
                + line("micro (" + byLabel.size() + " labels)", micro());
    }

    private static String line(String label, Counts c) {
        return String.format("%-24s %4d %4d %4d %6.3f %6.3f %6.3f%n", label, c.truePositives, c.falsePositives,
                c.falseNegatives, c.precision(), c.recall(), c.f1());
    }

    private Counts micro() {
        return byLabel.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    private void count(String label, Counts counts) {
        byLabel.merge(label, counts, Counts::plus);
    }
}
