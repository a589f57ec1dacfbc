package io.statewire.ingest.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The title a page declares for its article in metadata: the headline of its schema.org article (JSON-LD), else
 * the first of its Dublin Core, Open Graph, Weibo, plain, Twitter and Parse.ly title meta tags (RDFa
 * {@code property} before {@code name}), as declared. Null when the page declares none.
 */
final class MetadataTitle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> META_KEYS = List.of("dc:title", "dcterm:title", "og:title",
            "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely:title");
    private static final Pattern ARTICLE_TYPE = Pattern.compile(".*(Article|Posting)|Report");
    private static final Pattern KEY_SEPARATOR = Pattern.compile("\\s*[.\\-:]\\s*");

    private MetadataTitle() {
    }

    static String of(Document page) {
        String title = jsonLdHeadline(page);
        if (title == null) {
            title = metaTitle(page);
        }
        return title;
    }

    private static String jsonLdHeadline(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            String json = script.data().strip();
            json = json.replaceFirst("^<!\\[CDATA\\[", "").replaceFirst("\\]\\]>$", "").strip();
            try {
                for (JsonNode article : articles(JSON.readTree(json))) {
                    String title = choose(text(article.path("headline")), text(article.path("name")), page);
                    if (title != null) {
                        return title;
                    }
                }
            } catch (JsonProcessingException malformed) {
                // a broken block says nothing; the next one or the meta tags may
            }
        }
        return null;
    }

    private static List<JsonNode> articles(JsonNode node) {
        List<JsonNode> found = new ArrayList<>();
        if (node == null) {
            return found;
        }
        if (node.isArray()) {
            node.forEach(item -> found.addAll(articles(item)));
        } else if (node.isObject()) {
            if (node.has("@graph")) {
                found.addAll(articles(node.get("@graph")));
            }
            if (isArticle(node.path("@type"))) {
                found.add(node);
            }
        }
        return found;
    }

    private static boolean isArticle(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (isArticle(one)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPE.matcher(type.asText()).matches();
    }

    /** Headline and name usually agree; when they do not, the one closer to the page's {@code <title>} wins. */
    private static String choose(String headline, String name, Document page) {
        if (headline == null || name == null || headline.equals(name)) {
            return headline != null ? headline : name;
        }
        String documentTitle = page.title();
        return overlap(name, documentTitle) > overlap(headline, documentTitle) ? name : headline;
    }

    /** Words two texts share, as a share of the words either has. */
    private static double overlap(String candidate, String reference) {
        Set<String> union = words(candidate);
        Set<String> common = words(candidate);
        Set<String> referenceWords = words(reference);
        union.addAll(referenceWords);
        common.retainAll(referenceWords);
        return union.isEmpty() ? 0 : common.size() / (double) union.size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    private static String metaTitle(Document page) {
        Map<String, String> byProperty = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        for (Element meta : page.select("meta[content]")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String property : meta.attr("property").split("\\s+")) {
                byProperty.putIfAbsent(key(property), content);
            }
            byName.putIfAbsent(key(meta.attr("name")), content);
        }
        for (String key : META_KEYS) {
            String title = byProperty.getOrDefault(key, byName.get(key));
            if (title != null) {
                return title;
            }
        }
        return null;
    }

    private static String key(String attribute) {
        return KEY_SEPARATOR.matcher(attribute.strip().toLowerCase(Locale.ROOT)).replaceAll(":");
    }
}
