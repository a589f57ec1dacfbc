package io.statewire.classify.web;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.InvalidEventException;
import io.statewire.contracts.Statement;
import io.statewire.contracts.StatementHeaders;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.jboss.logging.Logger;

/**
 * A statement as read from {@code press.statements}: the topic, place and organisation codes its headers carry, for
 * filtering, and its JSON, read in full only when the statement is shown (most statements are filtered out or
 * pushed out of the recent list unseen). A record without the headers is read at once for its codes. Thread-safe.
 */
final class ReadStatement {

    private static final Logger LOG = Logger.getLogger(ReadStatement.class);

    private final List<String> topicCodes;
    private final List<String> places;
    private final List<String> organisations;
    private final String origin;
    private byte[] json;
    private Statement statement;
    private boolean read;

    private ReadStatement(List<String> topicCodes, List<String> places, List<String> organisations, byte[] json,
            Statement statement, String origin) {
        this.topicCodes = topicCodes;
        this.places = places;
        this.organisations = organisations;
        this.json = json;
        this.statement = statement;
        this.read = statement != null;
        this.origin = origin;
    }

    /**
     * A statement record's value and headers; {@code origin} names the record in a warning if its value turns out
     * unreadable. Without the code headers the value is read now, and an unreadable one is an
     * {@link InvalidEventException}.
     */
    static ReadStatement of(byte[] json, Headers headers, String origin) {
        Optional<List<String>> topics = StatementHeaders.codes(headers, StatementHeaders.TOPICS);
        Optional<List<String>> places = StatementHeaders.codes(headers, StatementHeaders.PLACES);
        Optional<List<String>> organisations = StatementHeaders.codes(headers, StatementHeaders.ORGANISATIONS);
        if (topics.isPresent() && places.isPresent() && organisations.isPresent()) {
            return new ReadStatement(topics.get(), places.get(), organisations.get(), json, null, origin);
        }
        return of(EventJson.read(json, Statement.class));
    }

    /** A statement already read. */
    static ReadStatement of(Statement statement) {
        return new ReadStatement(statement.topicCodes(), statement.places(), statement.organisations(), null,
                statement, null);
    }

    List<String> topicCodes() {
        return topicCodes;
    }

    List<String> places() {
        return places;
    }

    List<String> organisations() {
        return organisations;
    }

    /** The statement, read on first use; empty (with a warning, once) when its value is unreadable. */
    synchronized Optional<Statement> statement() {
        if (!read) {
            try {
                statement = EventJson.read(json, Statement.class);
            } catch (InvalidEventException e) {
                LOG.warnf("skipped unreadable statement %s: %s", origin, e.getMessage());
            }
            json = null;
            read = true;
        }
        return Optional.ofNullable(statement);
    }
}
