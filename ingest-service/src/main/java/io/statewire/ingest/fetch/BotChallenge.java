package io.statewire.ingest.fetch;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises bot-challenge interstitials that answer HTTP 200 in place of the page, such as F5's (a
 * {@code window["bobcmn"]} script or {@code /TSPD/} resources, "Please, wait", no article). Such a page is never a
 * release: the fetch is counted as a challenge and retried at a later poll.
 */
public final class BotChallenge {

    private static final Pattern MARKERS = Pattern.compile(
            "window\\[\"bobcmn\"\\]|/TSPD/[0-9a-f]{8,}|_Incapsula_Resource|cf-browser-verification|challenge-platform");
    private static final int SHORT_PAGE = 20_000;

    private BotChallenge() {
    }

    public static boolean isChallenge(String body) {
        if (body == null) {
            return false;
        }
        if (MARKERS.matcher(body).find()) {
            return true;
        }
        String lower = body.toLowerCase(Locale.ROOT);
        return body.length() < SHORT_PAGE && (lower.contains("please, wait") || lower.contains("please wait while"))
                && !lower.contains("<article") && !lower.contains("<main");
    }
}
