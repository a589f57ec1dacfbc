package io.statewire.deploy.manifests;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configuration a service reads, from its sources: the keys of {@code application.properties} (profile prefixes
 * such as {@code %test.} removed) and the names its {@code ${...}} expressions refer to, the names of
 * {@code @ConfigProperty} and prefixes of {@code @ConfigMapping} in its Java code, and the few Kafka client settings
 * that Quarkus hands to the clients without naming them anywhere ({@link #PASSED_THROUGH}). Answers whether an
 * environment variable sets one of them, with MicroProfile Config's rule: upper case, every other character
 * {@code _}.
 */
public final class ServiceSettings {

    /**
     * Security settings of the Kafka clients: Quarkus passes every {@code kafka.*} setting to them (environment
     * variables {@code KAFKA_*} included), and the deployments set these.
     */
    static final List<String> PASSED_THROUGH = List.of("kafka.security.protocol", "kafka.sasl.mechanism",
            "kafka.sasl.jaas.config", "kafka.ssl.truststore.type", "kafka.ssl.truststore.location",
            "kafka.ssl.truststore.password");


    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\([^)]*?name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\([^)]*?prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern PROFILE = Pattern.compile("^%[^.]+\\.");
    /** Keys of a consumer group joined only to share work out: {@code statewire.<service>.group.id} and {@code .topic}. */
    private static final String MEMBERSHIP = "statewire\\.[^.]+\\.group\\.";

    private final Map<String, String> values;
    private final Set<String> names;
    private final Set<String> prefixes;

    private ServiceSettings(Map<String, String> values, Set<String> names, Set<String> prefixes) {
        this.values = values;
        this.names = names;
        this.prefixes = prefixes;
    }

    /** The settings of the service module in {@code moduleDir}. */
    public static ServiceSettings read(Path moduleDir) {
        Path properties = moduleDir.resolve("src/main/resources/application.properties");
        try (Stream<Path> files = Files.walk(moduleDir.resolve("src/main/java"))) {
            List<String> sources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(file));
            }
            return of(Files.readString(properties), sources);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the settings of " + moduleDir, e);
        }
    }

    /** The settings named by this {@code application.properties} text and these Java sources. */
    public static ServiceSettings of(String applicationProperties, Collection<String> javaSources) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(applicationProperties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>(PASSED_THROUGH);
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            String name = PROFILE.matcher(key).replaceFirst("");
            names.add(name);
            if (name.equals(key)) {
                values.put(key, value);
            }
            names.addAll(matches(EXPRESSION, value));
        }
        Set<String> prefixes = new LinkedHashSet<>();
        for (String source : javaSources) {
            names.addAll(matches(CONFIG_PROPERTY, source));
            prefixes.addAll(matches(CONFIG_MAPPING, source));
        }
        return new ServiceSettings(values, names, prefixes);
    }

    /** The environment variable that sets {@code property}: upper case, every other character {@code _}. */
    public static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Whether the environment variable {@code name} sets a setting this service reads. */
    public boolean readsEnv(String name) {
        return names.stream().anyMatch(n -> envName(n).equals(name))
                || prefixes.stream().anyMatch(p -> name.startsWith(envName(p) + "_"));
    }

    /** Whether {@code property} (as given to {@code -D}) is a setting this service reads. */
    public boolean readsProperty(String property) {
        return names.contains(property) || prefixes.stream().anyMatch(p -> property.startsWith(p + "."));
    }

    /** The value {@code application.properties} gives {@code key} outside any profile. */
    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The HTTP port ({@code quarkus.http.port}). */
    public int httpPort() {
        return value("quarkus.http.port").map(Integer::parseInt)
                .orElseThrow(() -> new IllegalStateException("quarkus.http.port is not set"));
    }

    /** The topics the service consumes: its incoming channels' topics and its Kafka Streams source topics. */
    public Set<String> inputTopics() {
        Set<String> topics = new LinkedHashSet<>();
        values.forEach((key, value) -> {
            if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                topics.add(value.trim());
            }
        });
        value("quarkus.kafka-streams.topics").ifPresent(list -> Arrays.stream(list.split(","))
                .map(String::trim).filter(t -> !t.isEmpty()).forEach(topics::add));
        return topics;
    }

    /** The Kafka Streams application id, when the service is a Kafka Streams application. */
    public Optional<String> streamsApplicationId() {
        return value("quarkus.kafka-streams.application-id");
    }

    /**
     * The topics whose partitions the service's instances share out without consuming them: the consumer group
     * topics of its own membership groups ({@code statewire.<service>.group.topic}).
     */
    public Set<String> membershipTopics() {
        Set<String> topics = new LinkedHashSet<>();
        values.forEach((key, value) -> {
            if (key.matches(MEMBERSHIP + "topic")) {
                topics.add(value.trim());
            }
        });
        return topics;
    }

    /** The topics whose partitions the instances share out: {@link #inputTopics} and {@link #membershipTopics}. */
    public Set<String> sharedTopics() {
        Set<String> topics = new LinkedHashSet<>(inputTopics());
        topics.addAll(membershipTopics());
        return topics;
    }

    /** The consumer group ids its incoming channels and its membership groups ({@code statewire.*.group.id}) name. */
    public Set<String> consumerGroups() {
        Set<String> groups = new LinkedHashSet<>();
        values.forEach((key, value) -> {
            if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id") || key.matches(MEMBERSHIP + "id")) {
                groups.add(value.trim());
            }
        });
        return groups;
    }

    /** The fixed start of each transactional id its outgoing channels use (the text before any {@code ${...}}). */
    public Set<String> transactionalIdPrefixes() {
        Set<String> ids = new LinkedHashSet<>();
        values.forEach((key, value) -> {
            if (key.matches("mp\\.messaging\\.outgoing\\.[^.]+\\.transactional\\.id")) {
                int expression = value.indexOf("${");
                ids.add(expression < 0 ? value.trim() : value.substring(0, expression));
            }
        });
        return ids;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).trim());
        }
        return found;
    }
}
