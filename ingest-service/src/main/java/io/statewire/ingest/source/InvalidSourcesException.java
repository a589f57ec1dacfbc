package io.statewire.ingest.source;

/** The sources file cannot be used; the message names the file, the entry and the field. */
public class InvalidSourcesException extends RuntimeException {

    public InvalidSourcesException(String message) {
        super(message);
    }

    public InvalidSourcesException(String message, Throwable cause) {
        super(message, cause);
    }
}
