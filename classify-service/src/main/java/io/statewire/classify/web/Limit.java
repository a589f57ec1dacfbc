package io.statewire.classify.web;

/** Reads the {@code limit} query parameter: a whole number from 1 to {@link #MAX}, {@link #DEFAULT} when absent. */
final class Limit {

    static final int DEFAULT = 50;
    static final int MAX = 1000;

    private Limit() {
    }

    /** The limit, or an {@link IllegalArgumentException} whose message can be shown to the client as is. */
    static int parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT;
        }
        int limit;
        try {
            limit = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw invalid(raw);
        }
        if (limit < 1 || limit > MAX) {
            throw invalid(raw);
        }
        return limit;
    }

    private static IllegalArgumentException invalid(String raw) {
        return new IllegalArgumentException("limit must be a whole number from 1 to " + MAX + ", was '" + raw + "'");
    }
}
