package io.statewire.classify.web;

import io.statewire.contracts.Statement;
import io.statewire.contracts.TopicTag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Statements made up for the web tests: one builder call per statement, topics given by code. */
final class SampleStatements {

    private SampleStatements() {
    }

    static Statement statement(String releaseId, int position, String text, List<TopicTag> topics,
            List<String> places, List<String> organisations) {
        String id = UUID.nameUUIDFromBytes((releaseId + "/" + position).getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", "");
        return new Statement(Statement.SCHEMA, id, releaseId, position, text, "Foreign Ministry Spokeswoman", topics,
                places, organisations, "test-site", "http://127.0.0.1/r/" + releaseId, "Release " + releaseId,
                "2026-01-29T10:15:00+03:00", "en", "test-1");
    }

    /** A topic whose label is its code capitalised, scored 0.75, with the given matched terms. */
    static TopicTag topic(String code, String... evidence) {
        String label = code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
        return new TopicTag(code, 1, label, 0.75, List.of(evidence));
    }
}
