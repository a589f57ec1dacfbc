package io.statewire.deploy.manifests;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes resource quantities ({@code 250m}, {@code "1"}, {@code 384Mi}, {@code 2Gi}, {@code 1G}) as numbers. */
final class Quantity {

    private static final Pattern FORM = Pattern.compile("([0-9.]+)([a-zA-Z]*)");
    private static final Map<String, Double> SUFFIXES = Map.ofEntries(
            Map.entry("", 1d), Map.entry("m", 1e-3),
            Map.entry("k", 1e3), Map.entry("M", 1e6), Map.entry("G", 1e9), Map.entry("T", 1e12),
            Map.entry("Ki", 1024d), Map.entry("Mi", Math.pow(1024, 2)), Map.entry("Gi", Math.pow(1024, 3)),
            Map.entry("Ti", Math.pow(1024, 4)));

    private Quantity() {
    }

    static double parse(String quantity) {
        Matcher matcher = FORM.matcher(quantity.trim());
        if (!matcher.matches() || !SUFFIXES.containsKey(matcher.group(2))) {
            throw new IllegalArgumentException("not a Kubernetes quantity: " + quantity);
        }
        return new BigDecimal(matcher.group(1)).doubleValue() * SUFFIXES.get(matcher.group(2));
    }
}
