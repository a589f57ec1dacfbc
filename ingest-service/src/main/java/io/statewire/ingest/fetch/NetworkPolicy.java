package io.statewire.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses addresses a public source must never make us fetch (server-side request forgery): loopback, private
 * (RFC 1918, unique-local IPv6), link-local (which holds the cloud metadata address 169.254.169.254), carrier-grade
 * NAT, unspecified and multicast. Checked on the resolved addresses of every request, redirects included.
 */
public final class NetworkPolicy {

    private NetworkPolicy() {
    }

    /** Throws when {@code url}'s host resolves to an address that is not public. */
    public static void checkPublic(URI url) throws FetchException {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            throw new FetchException(url + ": unknown host " + url.getHost(), e);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new FetchException(url + ": refused, " + url.getHost() + " resolves to the non-public address "
                        + address.getHostAddress() + " (set allow-private-network on a local source)");
            }
        }
    }

    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            boolean carrierNat = first == 100 && second >= 64 && second <= 127;
            boolean reserved = first == 0 || first >= 240;
            return !carrierNat && !reserved;
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            boolean mappedV4 = isMappedV4(bytes);
            if (mappedV4) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return !uniqueLocal;
        }
        return false;
    }

    private static boolean isMappedV4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }
}
