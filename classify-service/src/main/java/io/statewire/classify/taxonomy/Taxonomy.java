package io.statewire.classify.taxonomy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.statewire.classify.match.Phrase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A versioned set of topics read from YAML:
 * <pre>
 * version: "2026-11-27.1"
 * secondary: {when-top-at-least: 0.9, min-score: 0.65, except: [bilateral-relations]}   # optional
 * topics:
 *   - code: terrorism
 *     label: Terrorism and extremism
 *     cap: 16
 *     threshold: 0.5          # optional, default 0.5
 *     rules:
 *       - any: [terror*, террор*]
 *         none: [reign of terror]
 *         weight: 0.9
 *       - any: [visit, talks]
 *         min-places: 2         # optional: how many countries the passage names
 *         max-places: 2
 *         weight: 0.4
 * </pre>
 * Reading checks everything up front and names the topic and field of the first problem.
 */
public record Taxonomy(String version, List<TopicDefinition> topics, Secondary secondary) {

    /**
     * When one topic is certain (score at least {@code whenTopAtLeast}), the other topics but the {@code except}
     * ones need {@code minScore}: a passage clearly about one thing mentions others in passing, while frames such
     * as bilateral relations go with any subject. Both 0 when the file sets none.
     */
    public record Secondary(double whenTopAtLeast, double minScore, List<String> except) {

        static final Secondary NONE = new Secondary(0, 0, List.of());

        public boolean keeps(String code, double score, double top) {
            return top < whenTopAtLeast || score >= minScore || except.contains(code);
        }
    }


    public static final double DEFAULT_THRESHOLD = 0.5;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Reads a taxonomy; {@code origin} names the file in error messages. */
    public static Taxonomy parse(String yaml, String origin) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new InvalidTaxonomyException(origin + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidTaxonomyException(origin + ": expected a mapping with 'version' and 'topics'");
        }
        String version = text(root, "version", origin);
        JsonNode topicNodes = root.path("topics");
        if (!topicNodes.isArray() || topicNodes.isEmpty()) {
            throw new InvalidTaxonomyException(origin + ": 'topics' must be a non-empty list");
        }
        List<TopicDefinition> topics = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (JsonNode node : topicNodes) {
            String code = text(node, "code", origin + ": topic " + (topics.size() + 1));
            String where = origin + ": topic '" + code + "'";
            if (!code.matches("[a-z0-9][a-z0-9-]*")) {
                throw new InvalidTaxonomyException(where + ": code must be lower-case letters, digits and dashes");
            }
            if (!codes.add(code)) {
                throw new InvalidTaxonomyException(where + ": code appears twice");
            }
            JsonNode cap = node.path("cap");
            if (!cap.canConvertToInt() || !cap.isIntegralNumber() || cap.asInt() < 1 || cap.asInt() > 99) {
                throw new InvalidTaxonomyException(where + ": cap must be a CAP major topic number (1-99)");
            }
            double threshold = fraction(node, "threshold", DEFAULT_THRESHOLD, where);
            topics.add(new TopicDefinition(code, text(node, "label", where), cap.asInt(), threshold, rules(node, where)));
        }
        return new Taxonomy(version, List.copyOf(topics), secondary(root.path("secondary"), origin));
    }

    private static Secondary secondary(JsonNode node, String origin) {
        if (node.isMissingNode()) {
            return Secondary.NONE;
        }
        String where = origin + ": secondary";
        double whenTopAtLeast = fraction(node, "when-top-at-least", Double.NaN, where);
        double minScore = fraction(node, "min-score", Double.NaN, where);
        if (Double.isNaN(whenTopAtLeast) || Double.isNaN(minScore)) {
            throw new InvalidTaxonomyException(where + ": needs when-top-at-least and min-score");
        }
        List<String> except = new ArrayList<>();
        node.path("except").forEach(code -> except.add(code.asText()));
        return new Secondary(whenTopAtLeast, minScore, List.copyOf(except));
    }

    public List<String> codes() {
        return topics.stream().map(TopicDefinition::code).toList();
    }

    private static List<TopicRule> rules(JsonNode topic, String where) {
        JsonNode nodes = topic.path("rules");
        if (!nodes.isArray() || nodes.isEmpty()) {
            throw new InvalidTaxonomyException(where + ": 'rules' must be a non-empty list");
        }
        List<TopicRule> rules = new ArrayList<>();
        for (JsonNode node : nodes) {
            String at = where + ": rules[" + rules.size() + "]";
            List<Phrase> any = phrases(node, "any", at);
            List<Phrase> all = phrases(node, "all", at);
            if (any.isEmpty() && all.isEmpty()) {
                throw new InvalidTaxonomyException(at + ": needs 'any' or 'all' phrases");
            }
            double weight = fraction(node, "weight", Double.NaN, at);
            if (Double.isNaN(weight) || weight == 0) {
                throw new InvalidTaxonomyException(at + ": weight must be a number in (0,1]");
            }
            int minPlaces = count(node, "min-places", 0, at);
            int maxPlaces = count(node, "max-places", Integer.MAX_VALUE, at);
            if (minPlaces > maxPlaces) {
                throw new InvalidTaxonomyException(at + ": min-places is above max-places");
            }
            rules.add(new TopicRule(any, all, phrases(node, "none", at), weight, minPlaces, maxPlaces));
        }
        return List.copyOf(rules);
    }

    private static List<Phrase> phrases(JsonNode rule, String field, String at) {
        JsonNode node = rule.path(field);
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidTaxonomyException(at + ": '" + field + "' must be a list of phrases");
        }
        List<Phrase> phrases = new ArrayList<>();
        for (JsonNode phrase : node) {
            try {
                phrases.add(Phrase.parse(phrase.isTextual() ? phrase.asText() : null));
            } catch (IllegalArgumentException e) {
                throw new InvalidTaxonomyException(at + ": " + field + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(phrases);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw new InvalidTaxonomyException(where + ": missing '" + field + "'");
        }
        return value.asText().trim();
    }

    private static int count(JsonNode node, String field, int absent, String where) {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            return absent;
        }
        if (!value.isIntegralNumber() || value.asInt() < 0) {
            throw new InvalidTaxonomyException(where + ": " + field + " must be a whole number, 0 or more");
        }
        return value.asInt();
    }

    private static double fraction(JsonNode node, String field, double absent, String where) {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            return absent;
        }
        if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1) {
            throw new InvalidTaxonomyException(where + ": " + field + " must be a number in [0,1]");
        }
        return value.asDouble();
    }
}
