package io.statewire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.statewire.classify.tagging.Classifier;
import io.statewire.classify.taxonomy.TaxonomyFile;
import io.statewire.contracts.Passage;
import io.statewire.contracts.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the cost of classifying one statement (topics, places, organisations, speaker) with the bundled taxonomy
 * and gazetteers, over the passages of the classification evaluation sets (English and Russian, 15-90 words),
 * one passage per call in turn, the release title changing every ten passages. Sample time, so JMH prints the median (p0.50) and the tail.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassifyBench {

    /** Release titles, a new one every ten passages, as passages of one release arrive together. */
    private static final List<String> TITLES = List.of("Sergey Lavrov’s remarks at a news conference",
            "Statement by the Foreign Ministry on the situation in the Middle East",
            "Выступление Министра иностранных дел Российской Федерации С.В.Лаврова на пленарном заседании",
            "Foreign Ministry Spokeswoman Maria Zakharova’s answer to a media question",
            "Комментарий Департамента информации и печати МИД России",
            "On the visit of a delegation to Moscow");

    private Classifier classifier;
    private List<Passage> passages;
    private int next;

    @Setup
    public void setUp() throws IOException {
        classifier = Classifier.withBundledNames(TaxonomyFile.bundled().current());
        passages = passages(Path.of("classify-service/src/test/resources/evaluation"));
    }

    @Benchmark
    public Statement classifyOneStatement() {
        Passage passage = passages.get(next++ % passages.size());
        return classifier.classify(passage, Optional.empty()).statement();
    }

    /** The passages of every evaluation file in the folder, as they would arrive from press.passages. */
    public static List<Passage> passages(Path folder) throws IOException {
        List<Passage> passages = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode item : yaml.readTree(file.toFile())) {
                    String id = item.path("id").asText();
                    passages.add(new Passage(Passage.SCHEMA, String.format("%032x", passages.size()), "bench:" + id,
                            1, passages.size(), item.path("text").asText(), "0123456789abcdef", "bench",
                            "http://127.0.0.1/" + id, TITLES.get(passages.size() / 10 % TITLES.size()), null,
                            item.path("language").asText("en")));
                }
            }
        }
        if (passages.isEmpty()) {
            throw new IllegalStateException("no passages in " + folder.toAbsolutePath() + "; run from the repository root");
        }
        return passages;
    }
}
