package io.statewire.deploy.manifests;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds YAML files ({@code *.yaml}, {@code *.yml}) under a folder, build output left out, and reads each into its
 * documents. A key given twice in one mapping is an error, as it is for {@code kubectl}.
 */
public final class YamlFiles {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private YamlFiles() {
    }

    /** The YAML files under {@code dir}, sorted, without those in {@code target/} or {@code node_modules/}. */
    public static List<Path> under(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(f -> !dir.relativize(f).toString().matches("(.*/)?(target|node_modules)/.*"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The non-empty documents of {@code file}, named relative to {@code root}. */
    public static List<YamlDocument> read(Path root, Path file) throws IOException {
        return parse(Files.readString(file), root.relativize(file));
    }

    /** The non-empty documents of YAML text, named {@code name}. */
    public static List<YamlDocument> parse(String text, Path name) throws IOException {
        List<YamlDocument> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> values = MAPPER.readerFor(JsonNode.class).readValues(text)) {
            int index = 0;
            while (values.hasNextValue()) {
                JsonNode content = values.nextValue();
                if (content != null && !content.isNull() && !content.isMissingNode()) {
                    documents.add(new YamlDocument(name, index, content));
                }
                index++;
            }
        }
        return documents;
    }
}
