package io.statewire.dedup.topology;

import io.statewire.dedup.text.BoilerplateFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.Topology;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the {@link DedupTopology} from the service configuration ({@code statewire.dedup.*}), counting into the
 * service's metrics.
 */
@ApplicationScoped
public class DedupTopologyProducer {

    @Produces
    public Topology topology(
            @ConfigProperty(name = "statewire.dedup.retention", defaultValue = "P180D") Duration retention,
            @ConfigProperty(name = "statewire.dedup.purge-interval", defaultValue = "PT1H") Duration purgeInterval,
            @ConfigProperty(name = "statewire.dedup.max-passage-chars", defaultValue = "1200") int maxPassageChars,
            @ConfigProperty(name = "statewire.dedup.boilerplate-file") Optional<Path> boilerplateFile,
            @ConfigProperty(name = "statewire.dedup.scope", defaultValue = "language") String scope,
            DedupCounters counters) throws IOException {
        BoilerplateFilter boilerplate = BoilerplateFilter.bundled();
        if (boilerplateFile.isPresent()) {
            try (InputStream in = Files.newInputStream(boilerplateFile.get())) {
                boilerplate = BoilerplateFilter.read(in, boilerplateFile.get().toString());
            }
        }
        return DedupTopology.build(new DedupSettings(retention, purgeInterval, maxPassageChars, boilerplate,
                DedupScope.parse(scope)), counters);
    }
}
