package io.statewire.classify.web;

import java.util.List;
import java.util.Locale;

/**
 * Which statements a reader wants: a topic code, a place (ISO alpha-2) and an organisation (acronym), each
 * optional and all of them required together. Comparison ignores case and surrounding blanks; a blank criterion
 * means any.
 */
record StatementFilter(String topic, String place, String organisation) {

    static final StatementFilter ANY = new StatementFilter(null, null, null);

    StatementFilter {
        topic = normalise(topic);
        place = normalise(place);
        organisation = normalise(organisation);
    }

    boolean matches(ReadStatement statement) {
        return contains(statement.topicCodes(), topic) && contains(statement.places(), place)
                && contains(statement.organisations(), organisation);
    }

    private static boolean contains(List<String> values, String wanted) {
        return wanted == null || values.stream().anyMatch(wanted::equalsIgnoreCase);
    }

    private static String normalise(String criterion) {
        if (criterion == null || criterion.isBlank()) {
            return null;
        }
        return criterion.strip().toLowerCase(Locale.ROOT);
    }
}
