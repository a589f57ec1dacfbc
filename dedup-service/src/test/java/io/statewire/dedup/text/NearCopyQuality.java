package io.statewire.dedup.text;

import java.util.Map;
import java.util.TreeMap;

/** Tallies predictions against labels: precision, recall, distinct statements kept, per group. */
final class NearCopyQuality {

    private int truePositives;
    private int falsePositives;
    private int positives;
    private int negatives;
    private int templates;
    private int templatesKept;
    private final Map<String, int[]> byGroup = new TreeMap<>();

    /** One pair: whether it is labelled a repeat and a template, what was predicted, and its group (e.g. kind). */
    void add(boolean repeat, boolean template, boolean predicted, String group) {
        int[] tally = byGroup.computeIfAbsent(group, g -> new int[2]);
        tally[0]++;
        tally[1] += predicted == repeat ? 1 : 0;
        if (repeat) {
            positives++;
            truePositives += predicted ? 1 : 0;
        } else {
            negatives++;
            falsePositives += predicted ? 1 : 0;
            if (template) {
                templates++;
                templatesKept += predicted ? 0 : 1;
            }
        }
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
    }

    double recall() {
        return positives == 0 ? 1 : truePositives / (double) positives;
    }

    double templatesKept() {
        return templates == 0 ? 1 : templatesKept / (double) templates;
    }

    /** Distinct statements (every negative) that were kept. */
    double distinctKept() {
        return negatives == 0 ? 1 : (negatives - falsePositives) / (double) negatives;
    }

    int pairs() {
        return positives + negatives;
    }

    String summary(String name) {
        var out = new StringBuilder(String.format(
                "%s: %d pairs (%d repeats, %d distinct, %d templates): precision %.3f, recall %.3f, distinct kept"
                        + " %.3f, templates kept %.3f (%d/%d)%n", name, pairs(), positives, negatives, templates,
                precision(), recall(), distinctKept(), templatesKept(), templatesKept, templates));
        byGroup.forEach((group, tally) -> out.append(String.format("    %-22s %3d/%3d right%n", group, tally[1],
                tally[0])));
        return out.toString();
    }
}
