package io.statewire.ingest.release;

import io.statewire.ingest.profile.Profile;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stable release ids and URL normalisation, so that a release reached several ways is one release. */
public final class ReleaseIds {

    private ReleaseIds() {
    }

    /**
     * {@code <prefix>:<id>}: the prefix is the profile's (else the source id); the id is the first group of the
     * profile's URL pattern when it matches the path, else the normalised URL without its scheme.
     */
    public static String of(Profile profile, String sourceId, URI url) {
        URI normalized = normalize(url);
        String prefix = profile.releaseIdPrefix() != null ? profile.releaseIdPrefix() : sourceId;
        if (profile.releaseIdPattern() != null) {
            Matcher matcher = Pattern.compile(profile.releaseIdPattern()).matcher(normalized.getPath());
            if (matcher.find()) {
                return prefix + ":" + matcher.group(1);
            }
        }
        String query = normalized.getQuery() == null ? "" : "?" + normalized.getQuery();
        return prefix + ":" + normalized.getAuthority() + normalized.getPath() + query;
    }

    /** Lower-case scheme and host, no default port, no fragment, no trailing slash, no empty query. */
    public static URI normalize(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int port = url.getPort();
        if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
            port = -1;
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = url.getRawQuery() == null || url.getRawQuery().isEmpty() ? "" : "?" + url.getRawQuery();
        return URI.create(scheme + "://" + host + (port < 0 ? "" : ":" + port) + path + query);
    }
}
