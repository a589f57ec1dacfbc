package io.statewire.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourcesFileTest {

    private static final Set<String> PROFILES = Set.of("rss", "generic");

    @Test
    void readsEveryField() {
        List<SourceDefinition> sources = read("""
                sources:
                  - id: mid-ru-en
                    profile: rss
                    feed-url: https://mid.ru/en/rss.php
                    list-url: https://mid.ru/en/foreign_policy/news/
                    language: EN
                    poll-interval: 5m
                    max-pages: 3
                    user-agent: TestBot/1.0
                  - id: local
                    profile: generic
                    list-url: http://127.0.0.1:8090/press/
                    language: ru
                    poll-interval: PT2S
                    allow-private-network: true
                """);
        assertThat(sources).hasSize(2);
        SourceDefinition mid = sources.get(0);
        assertThat(mid.feedUrl()).hasToString("https://mid.ru/en/rss.php");
        assertThat(mid.language()).isEqualTo("en");
        assertThat(mid.pollInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(mid.maxPages()).isEqualTo(3);
        assertThat(mid.userAgent()).isEqualTo("TestBot/1.0");
        assertThat(mid.allowPrivateNetwork()).isFalse();
        SourceDefinition local = sources.get(1);
        assertThat(local.pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(local.allowPrivateNetwork()).isTrue();
        assertThat(local.userAgent()).isEqualTo(SourcesFile.DEFAULT_USER_AGENT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "profile: rss|sources[0] (a): feed-url, list-url or sitemap-url: at least one is required",
        "profile: atom\\n    feed-url: https://x.org/rss|sources[0] (a): profile: no profile named 'atom'",
        "profile: rss\\n    feed-url: ftp://x.org/rss|sources[0] (a): feed-url: must be an http(s) URL",
        "profile: rss\\n    feed-url: https://x.org/rss\\n    pol-interval: 5m|sources[0] (a): pol-interval: unknown field",
        "profile: rss\\n    feed-url: https://x.org/rss\\n    max-pages: 0|sources[0] (a): max-pages: must be at least 1",
        "profile: rss\\n    feed-url: https://x.org/rss\\n    feed-content: maybe|sources[0] (a): feed-content: must be summary or full, was 'maybe'",
    })
    void namesEntryAndField(String fields, String message) {
        String yaml = "sources:\n  - id: a\n    language: en\n    poll-interval: 1m\n    " + fields.replace("\\n", "\n");
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(InvalidSourcesException.class)
                .hasMessageStartingWith("test.yaml: " + message);
    }

    @Test
    void namesMissingRequiredFieldsAndBadDurations() {
        assertThat(read("sources:\n  - id: a\n    profile: rss\n    feed-url: https://x.org/\n    poll-interval: 1m\n"))
                .singleElement().extracting(SourceDefinition::language).isNull();
        assertThatThrownBy(() -> read("sources:\n  - id: a\n    profile: rss\n    feed-url: https://x.org/\n    language: en\n    poll-interval: soon\n"))
                .hasMessageContaining("sources[0] (a): poll-interval: not a duration");
        assertThatThrownBy(() -> read("sources:\n  - profile: rss\n")).hasMessage("test.yaml: sources[0]: id: required");
        assertThatThrownBy(() -> read("other: 1\n")).hasMessage("test.yaml: needs a non-empty 'sources:' list");
    }

    @ParameterizedTest
    @CsvSource({"full, FULL", "summary, SUMMARY", "Full, FULL"})
    void readsFeedContent(String value, FeedContent expected) {
        assertThat(read("sources:\n  - id: a\n    profile: rss\n    feed-url: https://x.org/\n    poll-interval: 1m\n"
                + "    feed-content: " + value + "\n")).singleElement().extracting(SourceDefinition::feedContent)
                .isEqualTo(expected);
    }

    @Test
    void feedContentIsASummaryUnlessTheFileSaysOtherwise() {
        assertThat(read("sources:\n  - id: a\n    profile: rss\n    feed-url: https://x.org/\n    poll-interval: 1m\n"))
                .singleElement().extracting(SourceDefinition::feedContent).isEqualTo(FeedContent.SUMMARY);
    }

    @Test
    void refusesDuplicateIds() {
        String entry = "  - id: a\n    profile: rss\n    feed-url: https://x.org/\n    language: en\n    poll-interval: 1m\n";
        assertThatThrownBy(() -> read("sources:\n" + entry + entry)).hasMessage("test.yaml: sources[1] (a): id: used twice");
    }

    private static List<SourceDefinition> read(String yaml) {
        return SourcesFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml",
                PROFILES::contains);
    }
}
