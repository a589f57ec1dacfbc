package io.statewire.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The suite's table: one row per case (records in, records out, missing, duplicated, time to recover), printed and
 * written to {@code target/faults-report.md} after each case, so a partial run leaves what it measured.
 */
final class FaultReport {

    /** One case's figures; {@code recoveries} holds the time to recover of each fault in order. */
    record Row(String name, long in, long out, long missing, long duplicated, List<Duration> recoveries, String note) {

        String recovery() {
            return recoveries.isEmpty() ? "-"
                    : recoveries.stream().map(FaultReport::seconds).collect(Collectors.joining(" / "));
        }
    }

    static final Path FILE = Path.of("target", "faults-report.md");
    private static final List<Row> ROWS = new ArrayList<>();

    private FaultReport() {
    }

    static synchronized void add(Row row) {
        ROWS.add(row);
        String table = table();
        System.out.println(table);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized String table() {
        StringBuilder out = new StringBuilder("""
                | case | records in | records out | missing | duplicated | time to recover | note |
                | --- | ---: | ---: | ---: | ---: | --- | --- |
                """);
        for (Row row : ROWS.stream().sorted(Comparator.comparing(Row::name)).toList()) {
            out.append("| ").append(row.name()).append(" | ").append(row.in()).append(" | ").append(row.out())
                    .append(" | ").append(row.missing()).append(" | ").append(row.duplicated()).append(" | ")
                    .append(row.recovery()).append(" | ").append(row.note()).append(" |\n");
        }
        return out.toString();
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
