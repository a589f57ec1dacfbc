package io.statewire.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import io.statewire.contracts.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The topics the code uses: {@link Topics#PIPELINE}, the dead-letter topic of every topic a service consumes, and
 * {@code press.statements.<code>} for every topic code of classify-service's taxonomy.
 */
public final class CodeTopics {

    /** classify-service's bundled taxonomy, relative to the checkout. */
    public static final String TAXONOMY = "classify-service/src/main/resources/taxonomy/taxonomy.yaml";

    private CodeTopics() {
    }

    /** The topics of this checkout's code. */
    public static Set<String> of(Checkout checkout) {
        List<String> inputs = checkout.services().stream()
                .flatMap(service -> service.settings().inputTopics().stream()).toList();
        return of(inputs, taxonomyCodes(checkout.root(), checkout.resolve(TAXONOMY)));
    }

    /** The pipeline's topics, the dead-letter topics of these inputs, and the statement topics of these codes. */
    public static Set<String> of(Collection<String> inputTopics, Collection<String> topicCodes) {
        Set<String> topics = new LinkedHashSet<>(Topics.PIPELINE);
        inputTopics.forEach(topic -> topics.add(Topics.deadLetter(topic)));
        topicCodes.forEach(code -> topics.add(Topics.statementsFor(code)));
        return topics;
    }

    /** The {@code code} of every entry of a taxonomy file's {@code topics}. */
    public static List<String> taxonomyCodes(Path root, Path taxonomyFile) {
        try {
            JsonNode taxonomy = YamlFiles.read(root, taxonomyFile).get(0).content();
            List<String> codes = new ArrayList<>();
            taxonomy.path("topics").forEach(topic -> codes.add(topic.path("code").asText()));
            if (codes.isEmpty()) {
                throw new IllegalStateException("no topic codes in " + taxonomyFile);
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + taxonomyFile, e);
        }
    }
}
