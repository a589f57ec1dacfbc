package io.statewire.ingest.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled profiles, read from {@code profiles/<name>.yaml} on the class path. A profile may name another
 * in {@code extends:} and inherit every part it does not set itself.
 */
public final class Profiles {

    /** Names of the bundled profiles; a new site adds its YAML file and its name here. */
    public static final List<String> BUNDLED = List.of("generic", "rss", "mid-ru", "kremlin-ru", "gov-uk");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, Profile> byName;

    private Profiles(Map<String, Profile> byName) {
        this.byName = byName;
    }

    public static Profiles bundled() {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (String name : BUNDLED) {
            profiles.put(name, load(name));
        }
        return new Profiles(profiles);
    }

    public Optional<Profile> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Profile get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no profile named '" + name + "'"));
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    static Profile load(String name) {
        String resource = "/profiles/" + name + ".yaml";
        try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing profile resource " + resource);
            }
            JsonNode yaml = YAML.readTree(in);
            Profile parent = yaml.has("extends") ? load(yaml.get("extends").asText()) : null;
            JsonNode article = yaml.path("article");
            return new Profile(name,
                    optional(yaml.path("release-id").path("prefix"), parent == null ? null : parent.releaseIdPrefix()),
                    optional(yaml.path("release-id").path("url-pattern"), parent == null ? null : parent.releaseIdPattern()),
                    optional(yaml.path("zone"), parent == null ? null : parent.zone()),
                    optional(yaml.path("min-delay"), parent == null ? null : parent.minDelay()),
                    selectors(yaml.path("list").path("links"), parent == null ? List.of() : parent.listLinks()),
                    optional(yaml.path("list").path("page-parameter"), parent == null ? null : parent.pageParameter()),
                    optional(yaml.path("sitemap").path("url"), parent == null ? null : parent.sitemap()),
                    optional(yaml.path("sitemap").path("include"), parent == null ? null : parent.sitemapInclude()),
                    selectors(article.path("title"), parent == null ? List.of() : parent.title()),
                    selectors(article.path("paragraphs"), parent == null ? List.of() : parent.paragraphs()),
                    selectors(article.path("published"), parent == null ? List.of() : parent.published()),
                    selectors(article.path("doc-number"), parent == null ? List.of() : parent.docNumber()),
                    selectors(article.path("tags"), parent == null ? List.of() : parent.tags()));
        } catch (IOException e) {
            throw new IllegalStateException("profile " + name + " is not valid YAML", e);
        }
    }

    private static String optional(JsonNode node, String inherited) {
        return node.isMissingNode() || node.isNull() ? inherited : node.asText();
    }

    private static List<String> selectors(JsonNode node, List<String> inherited) {
        if (node.isMissingNode()) {
            return inherited;
        }
        List<String> selectors = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(s -> selectors.add(s.asText()));
        } else if (node.isTextual()) {
            selectors.add(node.asText());
        }
        return selectors;
    }
}
