package io.statewire.classify.tagging;

/** A passage the classifier failed on; its record goes to the dead-letter topic with this message. */
public class ClassificationException extends RuntimeException {

    public ClassificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
