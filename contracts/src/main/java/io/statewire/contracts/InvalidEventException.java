package io.statewire.contracts;

/**
 * An event that does not satisfy its contract: a missing field, a wrong schema version, unreadable JSON. Its
 * {@link #reason()} sorts it into one of a few kinds, short enough for a metric label.
 */
public class InvalidEventException extends RuntimeException {

    /** The kind of contract breach; {@link #label()} is a stable, lower-case name for metrics and dashboards. */
    public enum Reason {
        NO_VALUE("no-value"),
        NOT_UTF8("not-utf8"),
        MALFORMED_JSON("malformed-json"),
        WRONG_SCHEMA("wrong-schema"),
        MISSING_FIELD("missing-field"),
        INVALID_FIELD("invalid-field");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Reason reason;

    public InvalidEventException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public InvalidEventException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** An invalid field value; prefer the constructors that name the reason. */
    public InvalidEventException(String message) {
        this(Reason.INVALID_FIELD, message);
    }

    /** An invalid field value; prefer the constructors that name the reason. */
    public InvalidEventException(String message, Throwable cause) {
        this(Reason.INVALID_FIELD, message, cause);
    }

    public Reason reason() {
        return reason;
    }
}
