package io.statewire.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that {@code kustomization.yaml} applies every manifest of its folder and only files that exist, so that
 * {@code kubectl apply -k} deploys what the other checks looked at.
 */
public final class KustomizationCheck {

    private final Path folder;
    private final JsonNode kustomization;

    /** {@code folder}: where {@code kustomization.yaml} lies; {@code kustomization}: its content. */
    public KustomizationCheck(Path folder, JsonNode kustomization) {
        this.folder = folder;
        this.kustomization = kustomization;
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(resource -> listed.add(resource.asText()));
        for (String resource : listed) {
            if (!Files.isRegularFile(folder.resolve(resource))) {
                problems.add("kustomization.yaml lists " + resource + ", which does not exist");
            }
        }
        for (Path file : YamlFiles.under(folder)) {
            String relative = folder.relativize(file).toString();
            if (!relative.equals("kustomization.yaml") && !listed.contains(relative)) {
                problems.add(relative + " is not among kustomization.yaml's resources");
            }
        }
        return problems;
    }
}
