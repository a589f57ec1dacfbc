package io.statewire.deploy.manifests;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks each service's {@code src/main/docker/Dockerfile.jvm}: it exists, runs on a Java 17 image, copies Quarkus'
 * fast-jar build ({@code target/quarkus-app}: {@code lib/}, {@code app/}, {@code quarkus/} and the run jar), starts
 * {@code quarkus-run.jar}, exposes the service's HTTP port, and sets no environment variable the service does not
 * read. No Docker engine runs here, so the image itself is not built.
 */
public final class DockerfileCheck {

    static final String BUILD = "target/quarkus-app/";
    private static final List<String> FAST_JAR_PARTS = List.of("lib/", "app/", "quarkus/", "*.jar");

    private final List<ServiceModule> services;

    public DockerfileCheck(List<ServiceModule> services) {
        this.services = services;
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (ServiceModule service : services) {
            String where = service.name() + "/" + ServiceModule.DOCKERFILE;
            if (!Files.isRegularFile(service.dockerfile())) {
                problems.add(where + " does not exist");
                continue;
            }
            problems.addAll(problems(where, Dockerfile.read(service.dockerfile()), service));
        }
        return problems;
    }

    static List<String> problems(String where, Dockerfile dockerfile, ServiceModule service) {
        List<String> problems = new ArrayList<>();
        if (!dockerfile.baseImage().matches(".*(jre|jdk).*17.*|.*17.*(jre|jdk|runtime).*")) {
            problems.add(where + ": base image " + dockerfile.baseImage() + " is not a Java 17 runtime");
        }
        List<String> copied = dockerfile.copiedSources();
        boolean whole = copied.contains(BUILD) || copied.contains(BUILD.substring(0, BUILD.length() - 1));
        List<String> missing = FAST_JAR_PARTS.stream().filter(part -> !copied.contains(BUILD + part)).toList();
        if (!whole && !missing.isEmpty()) {
            problems.add(where + ": does not copy " + BUILD + " (missing " + missing + ")");
        }
        if (!dockerfile.startCommand().contains("quarkus-run.jar")) {
            problems.add(where + ": its ENTRYPOINT/CMD does not run quarkus-run.jar");
        }
        int port = service.settings().httpPort();
        if (!dockerfile.exposedPorts().equals(Set.of(port))) {
            problems.add(where + ": exposes " + dockerfile.exposedPorts() + ", the service listens on " + port);
        }
        Set<String> startVariables = dockerfile.startCommandVariables();
        dockerfile.environment().keySet().stream()
                .filter(name -> !startVariables.contains(name) && !service.settings().readsEnv(name))
                .forEach(name -> problems.add(where + ": ENV " + name + " sets no setting " + service.name()
                        + " reads"));
        return problems;
    }
}
