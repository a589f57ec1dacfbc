package io.statewire.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a sources YAML file ({@code sources:} list) into {@link SourceDefinition}s. Every mistake stops with
 * a message naming the file, the entry and the field.
 */
public final class SourcesFile {

    static final String DEFAULT_USER_AGENT = "StatewireBot/0.1 (+https://github.com/statewire/statewire)";
    private static final Set<String> FIELDS = Set.of("id", "profile", "feed-url", "list-url", "sitemap-url", "language",
            "poll-interval", "allow-private-network", "max-pages", "user-agent", "feed-content");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SourcesFile() {
    }

    public static List<SourceDefinition> read(InputStream yaml, String name, Predicate<String> knownProfile) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new InvalidSourcesException(name + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null || !root.path("sources").isArray() || root.path("sources").isEmpty()) {
            throw new InvalidSourcesException(name + ": needs a non-empty 'sources:' list");
        }
        List<SourceDefinition> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode entry : root.get("sources")) {
            SourceDefinition source = entry(entry, name + ": sources[" + index + "]", knownProfile);
            if (!ids.add(source.id())) {
                throw new InvalidSourcesException(name + ": sources[" + index + "] (" + source.id() + "): id: used twice");
            }
            sources.add(source);
            index++;
        }
        return sources;
    }

    private static SourceDefinition entry(JsonNode entry, String where, Predicate<String> knownProfile) {
        if (!entry.isObject()) {
            throw new InvalidSourcesException(where + ": must be a mapping of fields");
        }
        String id = text(entry, "id", where, true);
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new InvalidSourcesException(where + ": id: use lower-case letters, digits, '.', '_' and '-', was '" + id + "'");
        }
        String here = where + " (" + id + ")";
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw new InvalidSourcesException(here + ": " + field + ": unknown field; known: " + FIELDS);
            }
        }
        String profile = text(entry, "profile", here, true);
        if (!knownProfile.test(profile)) {
            throw new InvalidSourcesException(here + ": profile: no profile named '" + profile + "'");
        }
        URI feed = url(entry, "feed-url", here);
        URI list = url(entry, "list-url", here);
        URI sitemap = url(entry, "sitemap-url", here);
        if (feed == null && list == null && sitemap == null) {
            throw new InvalidSourcesException(here + ": feed-url, list-url or sitemap-url: at least one is required");
        }
        String language = text(entry, "language", here, false);
        language = language == null ? null : language.toLowerCase(Locale.ROOT);
        Duration interval = duration(entry, "poll-interval", here);
        boolean privateNetwork = entry.path("allow-private-network").asBoolean(false);
        if (entry.has("allow-private-network") && !entry.get("allow-private-network").isBoolean()) {
            throw new InvalidSourcesException(here + ": allow-private-network: must be true or false");
        }
        int maxPages = entry.path("max-pages").asInt(1);
        if (maxPages < 1) {
            throw new InvalidSourcesException(here + ": max-pages: must be at least 1");
        }
        String userAgent = entry.has("user-agent") ? text(entry, "user-agent", here, true) : DEFAULT_USER_AGENT;
        return new SourceDefinition(id, profile, feed, list, sitemap, language, interval, privateNetwork, maxPages,
                userAgent, feedContent(entry, here));
    }

    /** {@code feed-content}: {@code summary} (the default) or {@code full}. */
    private static FeedContent feedContent(JsonNode entry, String where) {
        String value = text(entry, "feed-content", where, false);
        if (value == null) {
            return FeedContent.SUMMARY;
        }
        for (FeedContent content : FeedContent.values()) {
            if (content.fileValue().equals(value.toLowerCase(Locale.ROOT))) {
                return content;
            }
        }
        throw new InvalidSourcesException(where + ": feed-content: must be summary or full, was '" + value + "'");
    }

    private static String text(JsonNode entry, String field, String where, boolean required) {
        JsonNode node = entry.get(field);
        if (node == null || node.isNull() || node.asText().isBlank()) {
            if (required) {
                throw new InvalidSourcesException(where + ": " + field + ": required");
            }
            return null;
        }
        if (!node.isValueNode()) {
            throw new InvalidSourcesException(where + ": " + field + ": must be a single value");
        }
        return node.asText().strip();
    }

    private static URI url(JsonNode entry, String field, String where) {
        String value = text(entry, field, where, false);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidSourcesException(where + ": " + field + ": must be an http(s) URL, was '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidSourcesException(where + ": " + field + ": not a URL: " + e.getMessage(), e);
        }
    }

    /** Durations as {@code 30s}, {@code 5m}, {@code 1h}, {@code 500ms} or ISO-8601 ({@code PT5M}). */
    private static Duration duration(JsonNode entry, String field, String where) {
        String value = text(entry, field, where, true);
        try {
            Duration duration;
            if (value.matches("\\d+ms")) {
                duration = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            } else if (value.matches("\\d+[smhd]")) {
                duration = Duration.parse((value.endsWith("d") ? "P" : "PT") + value.toUpperCase(Locale.ROOT));
            } else {
                duration = Duration.parse(value);
            }
            if (duration.toMillis() < 100) {
                throw new InvalidSourcesException(where + ": " + field + ": must be at least 100ms, was '" + value + "'");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new InvalidSourcesException(where + ": " + field + ": not a duration (e.g. 30s, 5m, PT1H): '" + value + "'", e);
        }
    }
}
