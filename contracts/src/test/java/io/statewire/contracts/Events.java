package io.statewire.contracts;

import java.util.List;

/** Sample events for the contract tests. */
final class Events {

    private Events() {
    }

    static PressRelease release() {
        return new PressRelease(PressRelease.SCHEMA, "mid.ru:1851133", 2, "mid-ru-en",
                "https://mid.ru/en/foreign_policy/news/1851133/", "230-29-01-2023",
                "Foreign Minister Sergey Lavrov’s talks with Bilawal Bhutto Zardari",
                "2023-01-29T16:05:00+03:00", "en", List.of("Pakistan"),
                List.of("Ladies and gentlemen,", "We have held talks — «constructive» ones."),
                "sha256:" + "ab".repeat(32), "2026-11-27T08:00:00Z");
    }

    static Passage passage() {
        return new Passage(Passage.SCHEMA, "0123456789abcdef0123456789abcdef", "mid.ru:1851133", 2, 14,
                "Мы провели переговоры.", "00ff00ff00ff00ff", "mid-ru-en",
                "https://mid.ru/en/foreign_policy/news/1851133/", "Talks", null, "ru");
    }

    static Statement statement() {
        return new Statement(Statement.SCHEMA, "0123456789abcdef0123456789abcdef", "mid.ru:1851133", 14,
                "We condemn the terrorist attack.", "Sergey Lavrov",
                List.of(new TopicTag("terrorism", 19, "Terrorism and extremism", 0.91,
                        List.of("terrorist attack", "anti-terrorist"))),
                List.of("PK", "AF"), List.of("UN", "SCO"), "mid-ru-en",
                "https://mid.ru/en/foreign_policy/news/1851133/", "Talks", "2023-01-29T16:05:00+03:00", "en",
                "2026.11-1");
    }

    static PassageRepeat repeat() {
        return new PassageRepeat(PassageRepeat.SCHEMA, "0123456789abcdef0123456789abcdef", "mid.ru:1851134", 1, 3,
                "We have held talks.", "fedcba9876543210fedcba9876543210", "mid.ru:1851133", 0.83, "near", "mid-ru-en",
                "https://mid.ru/en/foreign_policy/news/1851134/");
    }
}
