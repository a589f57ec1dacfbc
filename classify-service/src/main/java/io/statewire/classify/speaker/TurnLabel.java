package io.statewire.classify.speaker;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker label that opens a transcript turn: "Question: …", "Sergey Lavrov: …", "С.В.Лавров (отвечая на
 * вопрос): …". Questions from the floor are {@value #QUESTION}; known speakers get their canonical name; other
 * labels are taken as written when they look like a name: two to four capitalised words, or initials and a
 * surname ("Energy:" or "Moscow:" open no turn).
 */
public final class TurnLabel {

    public static final String QUESTION = "Question";

    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3})\\s*(?:\\([^)]{0,80}\\))?\\s*:\\s*\\S");
    private static final Set<String> QUESTION_WORDS = Set.of("Question", "Questions", "Q", "Вопрос", "В");
    private static final Set<String> NOT_SPEAKERS = Set.of("Note", "Source", "Date", "Subject", "Re", "Attention",
            "Примечание", "Справка", "Источник", "Дата", "Тема");

    private final KnownSpeakers known;

    public TurnLabel(KnownSpeakers known) {
        this.known = known;
    }

    private static boolean looksLikeName(String label) {
        return label.split("\\s+").length >= 2 || label.matches("(?:\\p{Lu}\\.\\s*)+\\p{Lu}\\p{Ll}+");
    }

    public Optional<String> of(String passage) {
        Matcher matcher = LABEL.matcher(passage);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String label = matcher.group(1).trim();
        if (QUESTION_WORDS.contains(label)) {
            return Optional.of(QUESTION);
        }
        if (NOT_SPEAKERS.contains(label)) {
            return Optional.empty();
        }
        return known.find(label).or(() -> looksLikeName(label) ? Optional.of(label) : Optional.empty());
    }
}
