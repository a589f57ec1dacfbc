package io.statewire.classify.speaker;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks in a release, from its title: a known speaker named in it ("Выступление С.В.Лаврова…" is Sergey
 * Lavrov), else an English title of the usual forms: "X's remarks…", "Statement by X", "Foreign Ministry
 * Spokeswoman X…". Offices in front of a name are dropped ("Statement by Foreign Minister A B" is "A B").
 */
public final class TitleSpeaker {

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}-]+";
    private static final Pattern POSSESSIVE = Pattern.compile(
            "((?:" + NAME_WORD + "\\s+)*" + NAME_WORD + ")['’]s\\s+(?:\\p{L}+\\s+)?"
                    + "(?i:remarks|statement|speech|interview|address|article|comment|answers|greetings|message|briefing"
                    + "|opening|op-ed|video|replies)");
    private static final Pattern BY = Pattern.compile(
            "(?i:statement|remarks|speech|address|interview|comment|article|message|answers|greetings|briefing)s?"
                    + "\\s+(?:by|of|from)\\s+(?:the\\s+)?(.+?)(?=\\s+(?:at|on|in|to|during|following|regarding|concerning"
                    + "|with|for|about|as)\\b|[,:;(]|$)");
    private static final Pattern OFFICE_THEN_NAME = Pattern.compile(
            "(?:Spokeswoman|Spokesman|Spokesperson|Minister|President|Ambassador|Representative|Secretary|Envoy)"
                    + "\\s+(" + NAME_WORD + "\\s+" + NAME_WORD + ")(?=$|['’]s\\b|[,:;.]|\\s+\\p{Ll})");
    private static final Set<String> OFFICE_WORDS = Set.of("Foreign", "Deputy", "First", "Minister", "Ministry",
            "President", "Prime", "Spokeswoman", "Spokesman", "Spokesperson", "Ambassador", "Permanent",
            "Representative", "Secretary", "Special", "Envoy", "Russian", "Chief", "Director", "Head", "Acting",
            "State", "General", "Affairs", "Presidential", "Aide", "Official");

    private final KnownSpeakers known;

    public TitleSpeaker(KnownSpeakers known) {
        this.known = known;
    }

    public Optional<String> of(String title) {
        Optional<String> named = known.find(title);
        if (named.isPresent()) {
            return named;
        }
        Matcher possessive = POSSESSIVE.matcher(title);
        if (possessive.find()) {
            return Optional.of(withoutOffices(possessive.group(1)));
        }
        Matcher by = BY.matcher(title);
        if (by.find()) {
            return Optional.of(withoutOffices(by.group(1).trim()));
        }
        Matcher officeThenName = OFFICE_THEN_NAME.matcher(title);
        if (officeThenName.find()) {
            return Optional.of(officeThenName.group(1));
        }
        return Optional.empty();
    }

    /**
     * "Foreign Minister Sergey Lavrov" is "Sergey Lavrov": the last two words when they are not office words and
     * everything before them is. Anything else ("Foreign Ministry", "Information and Press Department") stays.
     */
    static String withoutOffices(String words) {
        List<String> parts = List.of(words.split("\\s+"));
        int n = parts.size();
        if (n < 2 || OFFICE_WORDS.contains(parts.get(n - 2)) || OFFICE_WORDS.contains(parts.get(n - 1))
                || !OFFICE_WORDS.containsAll(parts.subList(0, n - 2))) {
            return words;
        }
        return parts.get(n - 2) + " " + parts.get(n - 1);
    }
}
