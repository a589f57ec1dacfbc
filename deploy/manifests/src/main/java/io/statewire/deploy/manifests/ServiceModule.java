package io.statewire.deploy.manifests;

import java.nio.file.Path;

/**
 * A Quarkus service of the build (a module with an {@code application.properties}): its name (the module folder,
 * which is also its {@code app.kubernetes.io/name} label), its folder, the settings it reads and its Dockerfile.
 */
public record ServiceModule(String name, Path dir, ServiceSettings settings) {

    /** Where the service's container image is described (Quarkus' convention). */
    public static final String DOCKERFILE = "src/main/docker/Dockerfile.jvm";

    public Path dockerfile() {
        return dir.resolve(DOCKERFILE);
    }
}
