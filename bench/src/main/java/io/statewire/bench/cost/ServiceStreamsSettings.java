package io.statewire.bench.cost;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kafka Streams settings dedup-service runs with: every {@code kafka-streams.*} entry of its
 * {@code application.properties} without a profile (Quarkus hands them to Kafka Streams without the prefix), with
 * {@code ${name}} and {@code ${name:default}} references resolved against the same file and the system properties.
 */
final class ServiceStreamsSettings {

    private static final String PREFIX = "kafka-streams.";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    private ServiceStreamsSettings() {
    }

    static Map<String, String> read(Path applicationProperties) throws IOException {
        Properties file = new Properties();
        try (Reader in = Files.newBufferedReader(applicationProperties)) {
            file.load(in);
        }
        Map<String, String> settings = new TreeMap<>();
        for (String key : file.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                settings.put(key.substring(PREFIX.length()), resolve(file, key, file.getProperty(key)));
            }
        }
        if (settings.isEmpty()) {
            throw new IllegalStateException(applicationProperties + " has no " + PREFIX + "* settings");
        }
        return settings;
    }

    private static String resolve(Properties file, String key, String value) {
        Matcher reference = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String found = file.getProperty(name, System.getProperty(name, reference.group(2)));
            if (found == null) {
                throw new IllegalStateException(key + "=" + value + ": nothing sets " + name);
            }
            reference.appendReplacement(resolved, Matcher.quoteReplacement(resolve(file, name, found)));
        }
        reference.appendTail(resolved);
        return resolved.toString();
    }
}
