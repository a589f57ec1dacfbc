package io.statewire.classify.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.statewire.classify.tagging.Classifier;
import io.statewire.classify.taxonomy.InvalidTaxonomyException;
import io.statewire.classify.taxonomy.Taxonomy;
import io.statewire.classify.taxonomy.TaxonomyFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * At start-up creates the output topics of the taxonomy; then, when the taxonomy is a file, reads it again every
 * {@code statewire.classify.taxonomy-check-interval} (and on request, {@link #reload()}) and, when it changed and
 * can be used, creates the topics of new codes and hands it to the classifier. A file that cannot be used is logged
 * and kept as the last error; the taxonomy in use stays.
 */
@ApplicationScoped
public class TaxonomyReloader {

    private static final Logger LOG = Logger.getLogger(TaxonomyReloader.class);

    private final TaxonomyFile taxonomyFile;
    private final Classifier classifier;
    private final OutputTopics outputTopics;
    private final Duration interval;
    private volatile String lastError;
    private ScheduledExecutorService timer;

    public TaxonomyReloader(TaxonomyFile taxonomyFile, Classifier classifier, OutputTopics outputTopics,
            @ConfigProperty(name = "statewire.classify.taxonomy-check-interval", defaultValue = "PT2S") Duration interval) {
        this.taxonomyFile = taxonomyFile;
        this.classifier = classifier;
        this.outputTopics = outputTopics;
        this.interval = interval;
    }

    /** Runs before messaging starts, so that statements never go to a topic that does not exist yet. */
    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        outputTopics.ensure(classifier.taxonomy().codes());
        LOG.infof("taxonomy %s in use (%s)", classifier.taxonomy().version(),
                taxonomyFile.file().map(Object::toString).orElse("bundled"));
        if (taxonomyFile.file().isPresent()) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "taxonomy-reload"));
            timer.scheduleWithFixedDelay(this::reload, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** What a reload did: the version in use afterwards and, when the file is refused, why. */
    public record Outcome(Result result, String version, String reason) {
    }

    public enum Result {
        /** The file changed and its taxonomy is in use from now on. */
        RELOADED,
        /** The file is what is in use (or the taxonomy is bundled). */
        UNCHANGED,
        /** The file cannot be used; the taxonomy in use stays. */
        REFUSED
    }

    /** Why the last changed file was refused, if it was. */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /**
     * Reads the taxonomy file again and uses it when it changed and can be used. A file whose content was refused
     * before is refused again with the same reason.
     */
    public synchronized Outcome reload() {
        if (taxonomyFile.file().isEmpty()) {
            return new Outcome(Result.UNCHANGED, classifier.taxonomy().version(),
                    "the taxonomy is bundled; statewire.classify.taxonomy-file names a file that can be reloaded");
        }
        try {
            Optional<TaxonomyFile.Change> change = taxonomyFile.changed();
            if (change.isPresent()) {
                Taxonomy taxonomy = change.get().taxonomy();
                outputTopics.ensure(taxonomy.codes());
                classifier.use(taxonomy);
                taxonomyFile.accept(change.get());
                lastError = null;
                LOG.infof("taxonomy %s in use from now on", taxonomy.version());
                return new Outcome(Result.RELOADED, taxonomy.version(), null);
            }
        } catch (InvalidTaxonomyException e) {
            lastError = e.getMessage();
            LOG.errorf("taxonomy not reloaded, %s stays in use: %s", classifier.taxonomy().version(), e.getMessage());
        } catch (RuntimeException e) {
            lastError = e.getMessage();
            LOG.error("taxonomy reload failed", e);
        }
        String version = classifier.taxonomy().version();
        return lastError == null ? new Outcome(Result.UNCHANGED, version, null)
                : new Outcome(Result.REFUSED, version, lastError);
    }
}
