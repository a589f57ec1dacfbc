package io.statewire.ingest.source;

import io.statewire.ingest.profile.Profiles;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CDI wiring for sources and profiles: the sources file named by {@code STATEWIRE_SOURCES}
 * ({@code statewire.sources}), else the bundled {@code sources.yaml}. An invalid file stops start-up.
 */
public class SourcesConfig {

    @Produces
    @Singleton
    Profiles profiles() {
        return Profiles.bundled();
    }

    @Produces
    @Singleton
    List<SourceDefinition> sources(@ConfigProperty(name = "statewire.sources") Optional<String> file, Profiles profiles) {
        if (file.isPresent() && !file.get().isBlank()) {
            Path path = Path.of(file.get());
            try (InputStream in = Files.newInputStream(path)) {
                return SourcesFile.read(in, path.toString(), profiles::contains);
            } catch (IOException e) {
                throw new InvalidSourcesException(path + ": cannot read: " + e.getMessage(), e);
            }
        }
        try (InputStream in = SourcesConfig.class.getResourceAsStream("/sources.yaml")) {
            return SourcesFile.read(in, "bundled sources.yaml", profiles::contains);
        } catch (IOException e) {
            throw new InvalidSourcesException("bundled sources.yaml: cannot read", e);
        }
    }
}
