package io.statewire.ingest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.statewire.local.sample.SampleSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Serves the bundled sample press site on a free port and points ingest-service at its feed and list page. */
public class SampleSiteResource implements QuarkusTestResourceLifecycleManager {

    static final Duration GROW_AFTER = Duration.ofSeconds(6);
    static volatile SampleSite site;

    @Override
    public Map<String, String> start() {
        try {
            site = SampleSite.start(0, GROW_AFTER);
            Path sources = site.writeSources(Files.createTempFile("statewire-sources", ".yaml"), "sample");
            return Map.of("statewire.sources", sources.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (site != null) {
            site.close();
        }
    }
}
