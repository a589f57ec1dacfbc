package io.statewire.ingest.fetch;

/** No request was sent: the host asked us to wait (Retry-After) or is in back-off after errors. */
public class RetryLaterException extends FetchException {

    public RetryLaterException(String host, long seconds) {
        super(host + ": not asked again for another " + seconds + " s (Retry-After or back-off)");
    }
}
