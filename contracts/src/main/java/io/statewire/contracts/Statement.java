package io.statewire.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A tagged statement: contract {@code statement/1} on {@link Topics#STATEMENTS} and on
 * {@code press.statements.<code>} for each of its topics, keyed by {@code releaseId}.
 * {@code statementId} is the passage's id; {@code speaker} is null when nobody can be named.
 */
public record Statement(
        String schema,
        String statementId,
        String releaseId,
        int position,
        String text,
        String speaker,
        List<TopicTag> topics,
        List<String> places,
        List<String> organisations,
        String source,
        String url,
        String title,
        String publishedAt,
        String language,
        String taxonomyVersion) {

    public static final String SCHEMA = "statement/1";

    @JsonCreator
    public Statement {
        Require.schema(SCHEMA, schema);
        Require.text(SCHEMA, "statementId", statementId);
        Require.text(SCHEMA, "releaseId", releaseId);
        Require.atLeast(SCHEMA, "position", position, 0);
        Require.text(SCHEMA, "text", text);
        topics = Require.list(SCHEMA, "topics", topics);
        places = Require.list(SCHEMA, "places", places);
        organisations = Require.list(SCHEMA, "organisations", organisations);
        Require.text(SCHEMA, "source", source);
        Require.text(SCHEMA, "url", url);
        Require.text(SCHEMA, "title", title);
        Require.text(SCHEMA, "language", language);
        Require.text(SCHEMA, "taxonomyVersion", taxonomyVersion);
    }

    /** The codes of this statement's topics, in order. */
    public List<String> topicCodes() {
        return topics.stream().map(TopicTag::code).toList();
    }
}
