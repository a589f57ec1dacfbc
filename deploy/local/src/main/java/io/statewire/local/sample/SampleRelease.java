package io.statewire.local.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One release of the sample press site, read from {@code sample-site/releases/<file>.txt}: the title, the
 * publication time and the comma-separated tags on the first three lines, then paragraphs separated by blank lines.
 */
public record SampleRelease(String id, String title, String publishedAt, List<String> tags, List<String> paragraphs) {

    public static SampleRelease load(String id, String file) {
        String resource = "/sample-site/releases/" + file;
        try (InputStream in = SampleRelease.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing sample release " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", 4);
            List<String> paragraphs = new ArrayList<>();
            for (String block : lines[3].split("\n\\s*\n")) {
                if (!block.isBlank()) {
                    paragraphs.add(block.strip().replace('\n', ' '));
                }
            }
            List<String> tags = Arrays.stream(lines[2].split(",")).map(String::strip).toList();
            return new SampleRelease(id, lines[0].strip(), lines[1].strip(), tags, paragraphs);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
