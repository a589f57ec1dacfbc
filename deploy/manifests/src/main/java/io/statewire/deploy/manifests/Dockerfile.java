package io.statewire.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instructions of a Dockerfile that the checks read: the base image, the files copied, the ports exposed, the
 * environment set, and the variables its start command reads ({@code $JAVA_OPTS}). Continued lines are joined;
 * comments are dropped.
 */
public final class Dockerfile {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern ENV_PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S*)");

    /** One instruction: its keyword in upper case and the rest of its line. */
    record Instruction(String keyword, String arguments) {
    }

    private final List<Instruction> instructions;

    private Dockerfile(List<Instruction> instructions) {
        this.instructions = instructions;
    }

    public static Dockerfile read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static Dockerfile parse(String text) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String raw : text.split("\n", -1)) {
            String trimmed = raw.strip();
            if (line.isEmpty() && (trimmed.startsWith("#") || trimmed.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                line.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            line.append(trimmed);
            String[] parts = line.toString().strip().split("\\s+", 2);
            instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
            line.setLength(0);
        }
        return new Dockerfile(instructions);
    }

    /** The image of the last {@code FROM} (the one the container runs). */
    public String baseImage() {
        return arguments("FROM").stream().reduce((first, second) -> second).map(a -> a.split("\\s+")[0]).orElse("");
    }

    /** The sources of every {@code COPY} and {@code ADD} (all arguments but the last and the {@code --} options). */
    public List<String> copiedSources() {
        List<String> sources = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("COPY") || instruction.keyword().equals("ADD")) {
                List<String> words = new ArrayList<>(List.of(instruction.arguments().split("\\s+")));
                words.removeIf(w -> w.startsWith("--"));
                sources.addAll(words.subList(0, Math.max(0, words.size() - 1)));
            }
        }
        return sources;
    }

    /** The port numbers of every {@code EXPOSE}. */
    public Set<Integer> exposedPorts() {
        Set<Integer> ports = new LinkedHashSet<>();
        for (String arguments : arguments("EXPOSE")) {
            for (String port : arguments.split("\\s+")) {
                ports.add(Integer.parseInt(port.replaceAll("/.*", "")));
            }
        }
        return ports;
    }

    /** The variables {@code ENV} sets, with their values. */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String arguments : arguments("ENV")) {
            Matcher pair = ENV_PAIR.matcher(arguments);
            boolean any = false;
            while (pair.find()) {
                environment.put(pair.group(1), pair.group(2).replaceAll("^\"|\"$", ""));
                any = true;
            }
            if (!any) {
                String[] legacy = arguments.split("\\s+", 2);
                environment.put(legacy[0], legacy.length > 1 ? legacy[1] : "");
            }
        }
        return environment;
    }

    /** The text of {@code ENTRYPOINT} and {@code CMD}. */
    public String startCommand() {
        List<String> parts = new ArrayList<>(arguments("ENTRYPOINT"));
        parts.addAll(arguments("CMD"));
        return String.join(" ", parts);
    }

    /** The environment variables the start command reads, such as {@code JAVA_OPTS}. */
    public Set<String> startCommandVariables() {
        Set<String> variables = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(startCommand());
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        return variables;
    }

    private List<String> arguments(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }
}
