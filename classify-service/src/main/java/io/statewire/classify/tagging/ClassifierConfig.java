package io.statewire.classify.tagging;

import io.statewire.classify.taxonomy.TaxonomyFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CDI wiring for the framework-free {@link Classifier} and {@link TaxonomyFile}: the taxonomy is the file named by
 * {@code statewire.classify.taxonomy-file} when set (and then watched for changes), else the bundled one;
 * {@code statewire.classify.tagging=false} switches tagging off (the throughput benchmark's baseline).
 */
public class ClassifierConfig {

    @Produces
    @ApplicationScoped
    TaxonomyFile taxonomyFile(@ConfigProperty(name = "statewire.classify.taxonomy-file") Optional<Path> file) {
        return file.map(TaxonomyFile::watching).orElseGet(TaxonomyFile::bundled);
    }

    @Produces
    @ApplicationScoped
    Classifier classifier(TaxonomyFile taxonomy,
            @ConfigProperty(name = "statewire.classify.tagging", defaultValue = "true") boolean tagging) {
        return tagging ? Classifier.withBundledNames(taxonomy.current()) : Classifier.untagged(taxonomy.current());
    }
}
