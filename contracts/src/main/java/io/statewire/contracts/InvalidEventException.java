package io.statewire.contracts;

/** An event that does not satisfy its contract: a missing field, a wrong schema version, unreadable JSON. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
