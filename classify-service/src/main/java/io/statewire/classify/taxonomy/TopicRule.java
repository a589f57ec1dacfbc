package io.statewire.classify.taxonomy;

import io.statewire.classify.match.Phrase;
import java.util.List;

/**
 * One weighted rule of a topic. It fires when at least one {@code any} phrase occurs (or {@code any} is empty),
 * every {@code all} phrase occurs, no {@code none} phrase occurs and the passage names between
 * {@code minPlaces} and {@code maxPlaces} countries; at least one of {@code any} and {@code all} is set. Its
 * weight, in (0,1], is the confidence one matching phrase gives the topic; each further distinct {@code any}
 * phrase found counts again.
 */
public record TopicRule(List<Phrase> any, List<Phrase> all, List<Phrase> none, double weight, int minPlaces,
        int maxPlaces) {

    public boolean placesWithin(int places) {
        return minPlaces <= places && places <= maxPlaces;
    }
}
