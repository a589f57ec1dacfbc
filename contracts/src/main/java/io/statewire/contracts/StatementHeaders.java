package io.statewire.contracts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Kafka headers on every statement record, so that consumers can filter without reading the value: each holds
 * the codes of the statement, comma-separated, in the statement's order (empty when it has none).
 */
public final class StatementHeaders {

    /** Topic codes, e.g. {@code terrorism,multilateral-diplomacy}. */
    public static final String TOPICS = "statewire-topics";
    /** ISO 3166-1 alpha-2 codes of the places, e.g. {@code PK,AF}. */
    public static final String PLACES = "statewire-places";
    /** Organisation codes, e.g. {@code UN,SCO}. */
    public static final String ORGANISATIONS = "statewire-organisations";
    /** The taxonomy version that tagged the statement. */
    public static final String TAXONOMY_VERSION = "statewire-taxonomy-version";

    private StatementHeaders() {
    }

    /** The headers of a statement record: its codes, and the taxonomy version that tagged it. */
    public static Headers of(Statement statement) {
        Headers headers = new RecordHeaders();
        add(headers, TOPICS, statement.topicCodes());
        add(headers, PLACES, statement.places());
        add(headers, ORGANISATIONS, statement.organisations());
        add(headers, TAXONOMY_VERSION, List.of(statement.taxonomyVersion()));
        return headers;
    }

    /** The codes a header holds, or empty when the record does not carry it. */
    public static Optional<List<String>> codes(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null) {
            return Optional.empty();
        }
        String joined = new String(header.value(), StandardCharsets.UTF_8);
        return Optional.of(joined.isEmpty() ? List.of() : List.of(joined.split(",")));
    }

    private static void add(Headers headers, String name, List<String> codes) {
        headers.add(name, String.join(",", codes).getBytes(StandardCharsets.UTF_8));
    }
}
