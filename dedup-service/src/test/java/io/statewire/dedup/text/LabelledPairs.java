package io.statewire.dedup.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the labelled near-duplicate set in {@code near-duplicates/statements.txt} into pairs. */
final class LabelledPairs {

    record Pair(String a, String b, boolean duplicate, String group, String edit) {
    }

    private LabelledPairs() {
    }

    static List<Pair> load() {
        List<List<String>> groups = new ArrayList<>();
        List<String> groupNames = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        String current = null;
        try (var reader = new BufferedReader(new InputStreamReader(
                LabelledPairs.class.getResourceAsStream("/near-duplicates/statements.txt"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@")) {
                    groups.add(new ArrayList<>());
                    groupNames.add(line.substring(1).strip());
                } else if (line.startsWith("~") || line.startsWith("!")) {
                    String[] edit = line.substring(1).split("=>");
                    String old = edit[0].strip();
                    if (!current.contains(old)) {
                        throw new IllegalStateException("edit '" + old + "' not found in: " + current);
                    }
                    pairs.add(new Pair(current, current.replace(old, edit[1].strip()), line.startsWith("~"),
                            groupNames.get(groupNames.size() - 1), line.substring(1).strip()));
                } else {
                    current = line.strip();
                    groups.get(groups.size() - 1).add(current);
                    pairs.add(new Pair(current, typographicVariant(current), true,
                            groupNames.get(groupNames.size() - 1), "quotes, dashes, spacing"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    pairs.add(new Pair(group.get(i), group.get(j), false, groupNames.get(g), "different statement"));
                }
            }
        }
        return pairs;
    }

    /** The same text as another site would typeset it: other quotes and dashes, doubled spaces, a trailing space. */
    static String typographicVariant(String text) {
        return text.replace(", ", ",  ").replace("'", "’").replace(" - ", " — ").replace("-", "‑") + " ";
    }
}
