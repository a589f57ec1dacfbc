package io.statewire.classify.taxonomy;

import java.util.List;

/**
 * A policy topic of the taxonomy: its code, label, Comparative Agendas Project major topic number, the score a
 * passage needs to be tagged with it, and its rules.
 */
public record TopicDefinition(String code, String label, int cap, double threshold, List<TopicRule> rules) {
}
