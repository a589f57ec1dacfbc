package io.statewire.ingest.fetch;

/** A page could not be fetched; the message names the URL and what went wrong. */
public class FetchException extends Exception {

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
