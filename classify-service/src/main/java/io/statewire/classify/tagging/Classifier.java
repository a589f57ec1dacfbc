package io.statewire.classify.tagging;

import io.statewire.contracts.Passage;
import io.statewire.contracts.Statement;
import java.util.List;

/**
 * Turns a passage into a statement. This first version carries the passage through untagged: no topics,
 * places, organisations or speaker yet, under the taxonomy version {@value #UNTAGGED}.
 */
public class Classifier {

    public static final String UNTAGGED = "untagged";

    public Statement classify(Passage passage) {
        return new Statement(Statement.SCHEMA, passage.passageId(), passage.releaseId(), passage.position(),
                passage.text(), null, List.of(), List.of(), List.of(), passage.source(), passage.url(),
                passage.title(), passage.publishedAt(), passage.language(), UNTAGGED);
    }
}
