package io.statewire.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileCheckTest {

    private static final String DOCKERFILE = """
            # a comment
            FROM eclipse-temurin:17-jre
            RUN groupadd --system --gid 185 app \\
                && useradd --system --uid 185 --gid app app
            COPY --chown=185:185 target/quarkus-app/lib/ /deployments/lib/
            COPY --chown=185:185 target/quarkus-app/*.jar /deployments/
            COPY --chown=185:185 target/quarkus-app/app/ /deployments/app/
            COPY --chown=185:185 target/quarkus-app/quarkus/ /deployments/quarkus/
            EXPOSE 8083
            ENV JAVA_OPTS="-Xmx128m -XX:+UseSerialGC" STATEWIRE_WEB_RECENT=500
            ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
            """;

    private final ServiceModule classify = TheProject.service("classify-service");

    private List<String> problems(String dockerfile) {
        return DockerfileCheck.problems("Dockerfile.jvm", Dockerfile.parse(dockerfile), classify);
    }

    @Test
    void everyServiceHasADockerfileOfItsFastJarAndPort() {
        assertThat(new DockerfileCheck(TheProject.services()).problems()).isEmpty();
        assertThat(TheProject.services()).allMatch(s -> s.dockerfile().toFile().isFile());
    }

    @Test
    void theInstructionsAreRead() {
        Dockerfile dockerfile = Dockerfile.parse(DOCKERFILE);

        assertThat(dockerfile.baseImage()).isEqualTo("eclipse-temurin:17-jre");
        assertThat(dockerfile.exposedPorts()).containsExactly(8083);
        assertThat(dockerfile.copiedSources()).containsExactly("target/quarkus-app/lib/", "target/quarkus-app/*.jar",
                "target/quarkus-app/app/", "target/quarkus-app/quarkus/");
        assertThat(dockerfile.environment()).containsEntry("JAVA_OPTS", "-Xmx128m -XX:+UseSerialGC")
                .containsEntry("STATEWIRE_WEB_RECENT", "500");
        assertThat(dockerfile.startCommandVariables()).containsExactly("JAVA_OPTS");
        assertThat(problems(DOCKERFILE)).isEmpty();
    }

    @Test
    void anotherPortOrJavaOrAnIncompleteCopyIsReported() {
        String wrong = DOCKERFILE.replace("EXPOSE 8083", "EXPOSE 8080")
                .replace("eclipse-temurin:17-jre", "eclipse-temurin:11-jre")
                .replace("COPY --chown=185:185 target/quarkus-app/quarkus/ /deployments/quarkus/\n", "")
                .replace("quarkus-run.jar", "app.jar");

        assertThat(problems(wrong)).containsExactlyInAnyOrder(
                "Dockerfile.jvm: base image eclipse-temurin:11-jre is not a Java 17 runtime",
                "Dockerfile.jvm: does not copy target/quarkus-app/ (missing [quarkus/])",
                "Dockerfile.jvm: its ENTRYPOINT/CMD does not run quarkus-run.jar",
                "Dockerfile.jvm: exposes [8080], the service listens on 8083");
    }

    @Test
    void anEnvironmentVariableTheServiceDoesNotReadIsReported() {
        assertThat(problems(DOCKERFILE.replace("STATEWIRE_WEB_RECENT=500", "STATEWIRE_WEB_RECENTS=500")))
                .containsExactly("Dockerfile.jvm: ENV STATEWIRE_WEB_RECENTS sets no setting classify-service reads");
    }

    @Test
    void copyingTheWholeBuildIsEnough() {
        String whole = DOCKERFILE.replaceAll("COPY .*\n", "").replace("EXPOSE", "COPY target/quarkus-app/ /deployments/\nEXPOSE");

        assertThat(problems(whole)).isEmpty();
    }
}
