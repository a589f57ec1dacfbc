package io.statewire.ingest.fetch;

/** The site answered with a bot-challenge page instead of the page asked for. */
public class ChallengeException extends FetchException {

    public ChallengeException(String url) {
        super(url + ": bot challenge page instead of content");
    }
}
