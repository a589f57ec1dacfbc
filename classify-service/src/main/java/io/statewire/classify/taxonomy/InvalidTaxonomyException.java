package io.statewire.classify.taxonomy;

/** A taxonomy file that cannot be used; the message names the file, the topic and the field. */
public class InvalidTaxonomyException extends RuntimeException {

    public InvalidTaxonomyException(String message) {
        super(message);
    }

    public InvalidTaxonomyException(String message, Throwable cause) {
        super(message, cause);
    }
}
