package io.statewire.bench.cost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Temporary Kafka Streams state folders of the benchmarks: made, and removed with everything in them. */
final class StateDirs {

    private StateDirs() {
    }

    static Path create(String prefix) throws IOException {
        return Files.createTempDirectory(prefix);
    }

    static void delete(Path dir) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
