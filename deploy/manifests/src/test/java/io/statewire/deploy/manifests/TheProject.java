package io.statewire.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checkout under test (the system property {@code statewire.root}) and what the checks read from it. Each call
 * of {@link #manifests()} parses the files again, so a test may change what it gets.
 */
final class TheProject {

    static final Checkout CHECKOUT = Checkout.fromSystemProperty();
    static final String K8S = "deploy/k8s";

    private TheProject() {
    }

    static List<ServiceModule> services() {
        return CHECKOUT.services();
    }

    static ServiceModule service(String name) {
        return services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    static Manifests manifests() {
        return new Manifests(CHECKOUT.documents(K8S));
    }

    static Map<String, Dockerfile> images() {
        Map<String, Dockerfile> images = new LinkedHashMap<>();
        for (ServiceModule service : services()) {
            images.put(service.name(), Dockerfile.read(service.dockerfile()));
        }
        return images;
    }

    /** The content of a document, to change in a test. */
    static ObjectNode content(Manifests manifests, String kind, String name) {
        return (ObjectNode) manifests.find(kind, name)
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + K8S)).content();
    }

    /** The first container of a workload, to change in a test. */
    static ObjectNode container(Manifests manifests, String kind, String name) {
        return (ObjectNode) content(manifests, kind, name).at("/spec/template/spec/containers/0");
    }

    static ObjectNode object(JsonNode node) {
        return (ObjectNode) node;
    }

    static ArrayNode array(JsonNode node) {
        return (ArrayNode) node;
    }
}
