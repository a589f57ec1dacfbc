package io.statewire.bench.pipeline;

import io.statewire.contracts.Passage;
import io.statewire.local.sample.SampleRelease;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Releases made of the classification evaluation's statements (English and Russian, in the register of real
 * releases): the opening paragraph joins two statements picked at random, a second paragraph is one statement (often
 * a repeat of an earlier release, which dedup-service drops), and a short closing line names the release, so that
 * every release has a passage of its own and gives at least one statement (the opening alone would not: after a few
 * thousand releases, pairs of statements recur, in either order, and a reordered pair is a near repeat).
 */
final class BenchReleases {

    private final List<Passage> statements;

    BenchReleases(List<Passage> statements) {
        if (statements.size() < 3) {
            throw new IllegalArgumentException("need at least 3 statements, got " + statements.size());
        }
        this.statements = statements;
    }

    /** Release number {@code number} of the site with prefix {@code site}; the same arguments give the same release. */
    SampleRelease release(String site, int number) {
        Random random = new Random(site.hashCode() * 31L + number);
        int first = random.nextInt(statements.size());
        int second = (first + 1 + random.nextInt(statements.size() - 1)) % statements.size();
        String opening = statements.get(first).text() + " " + statements.get(second).text();
        String title = "Statement no. " + number + " of " + site;
        String publishedAt = OffsetDateTime.now(ZoneOffset.ofHours(3)).truncatedTo(ChronoUnit.SECONDS).toString();
        return new SampleRelease(site + "-" + number, title, publishedAt, List.of("bench"),
                List.of(opening, statements.get(random.nextInt(statements.size())).text(),
                        "Reference " + site + "-" + number + "."));
    }
}
