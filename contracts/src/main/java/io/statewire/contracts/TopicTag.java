package io.statewire.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/** One policy topic on a statement: taxonomy code, CAP major topic, label, score in [0,1] and the matched terms. */
public record TopicTag(String code, int cap, String label, double score, List<String> evidence) {

    private static final String CONTRACT = Statement.SCHEMA + " topic";

    @JsonCreator
    public TopicTag {
        Require.text(CONTRACT, "code", code);
        Require.text(CONTRACT, "label", label);
        if (score < 0 || score > 1) {
            throw new InvalidEventException(CONTRACT + ": score must lie in [0,1], was " + score);
        }
        evidence = Require.list(CONTRACT, "evidence", evidence);
    }
}
