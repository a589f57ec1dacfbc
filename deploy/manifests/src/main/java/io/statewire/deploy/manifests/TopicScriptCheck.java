package io.statewire.deploy.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the Compose set-up's topic script ({@code create TOPIC [SETTING=VALUE ...]} lines): it creates exactly the
 * pipeline's topics, each once, with the settings the code gives them.
 */
public final class TopicScriptCheck {

    private static final Pattern CREATE = Pattern.compile("^create\\s+(\\S+)(.*)$", Pattern.MULTILINE);

    private final String script;
    private final Map<String, Map<String, String>> pipeline;

    /** {@code pipeline}: every topic to create, with its settings. */
    public TopicScriptCheck(String script, Map<String, Map<String, String>> pipeline) {
        this.script = script;
        this.pipeline = pipeline;
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> created = new TreeMap<>();
        Matcher matcher = CREATE.matcher(script);
        while (matcher.find()) {
            Map<String, String> settings = new TreeMap<>();
            for (String setting : matcher.group(2).trim().split("\\s+")) {
                if (!setting.isEmpty()) {
                    String[] pair = setting.split("=", 2);
                    settings.put(pair[0], pair.length > 1 ? pair[1] : "");
                }
            }
            if (created.put(matcher.group(1), settings) != null) {
                problems.add("the topic script creates " + matcher.group(1) + " twice");
            }
        }
        Map<String, Map<String, String>> wanted = new TreeMap<>();
        pipeline.forEach((topic, settings) -> wanted.put(topic, new TreeMap<>(settings)));
        if (!created.equals(wanted)) {
            problems.add("the topic script creates " + created + ", the code's pipeline is " + wanted);
        }
        return problems;
    }
}
