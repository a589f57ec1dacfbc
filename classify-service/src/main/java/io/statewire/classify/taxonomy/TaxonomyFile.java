package io.statewire.classify.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the taxonomy comes from: the bundled {@code taxonomy/taxonomy.yaml}, or a file that may be edited while
 * the service runs. {@link #changed()} reads the file again and gives the new taxonomy when the content changed;
 * a file that cannot be used, or that changes rules without changing {@code version}, is refused with the reason
 * and the taxonomy in use stays.
 */
public final class TaxonomyFile {

    private static final String BUNDLED = "taxonomy/taxonomy.yaml";

    private final Path file;
    private String content;
    private String refused;
    private volatile Taxonomy current;

    private TaxonomyFile(Path file, String content, String origin) {
        this.file = file;
        this.content = content;
        this.current = Taxonomy.parse(content, origin);
    }

    public static TaxonomyFile bundled() {
        try (InputStream in = TaxonomyFile.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            return new TaxonomyFile(null, new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled taxonomy cannot be read", e);
        }
    }

    /** A taxonomy file that is read now (failing start-up if it cannot be used) and again on {@link #changed()}. */
    public static TaxonomyFile watching(Path file) {
        return new TaxonomyFile(file, read(file), file.toString());
    }

    public Taxonomy current() {
        return current;
    }

    /** The file this taxonomy is read from, or empty for the bundled one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** A changed file's content and the taxonomy read from it, to be {@link #accept}ed once it is in use. */
    public record Change(String content, Taxonomy taxonomy) {
    }

    /**
     * Reads the file again. Empty when nothing changed since the taxonomy in use (or the taxonomy is bundled, or
     * this content was refused before); the change when it can be used; throws {@link InvalidTaxonomyException}
     * when it cannot. Until the change is accepted, the same change is given again on the next call.
     */
    public synchronized Optional<Change> changed() {
        if (file == null) {
            return Optional.empty();
        }
        String latest = read(file);
        if (latest.equals(content) || latest.equals(refused)) {
            return Optional.empty();
        }
        try {
            Taxonomy candidate = Taxonomy.parse(latest, file.toString());
            if (candidate.version().equals(current.version())) {
                throw new InvalidTaxonomyException(file + ": the content changed but version is still '"
                        + current.version() + "'; give the new taxonomy a new version");
            }
            return Optional.of(new Change(latest, candidate));
        } catch (InvalidTaxonomyException e) {
            refused = latest;
            throw e;
        }
    }

    /** Records that a change is in use: it is what later changes are compared with. */
    public synchronized void accept(Change change) {
        content = change.content();
        current = change.taxonomy();
        refused = null;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidTaxonomyException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
