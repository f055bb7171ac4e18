package io.tablewise.analytics;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which collector URLs the sender may POST to: {@code https://} always, {@code http://} only to
 * a loopback host when the instance runs in development mode (the local reference receiver).
 * The REST layer can call {@link #check} when an administrator saves the endpoint, so a bad
 * URL is refused at once rather than on the next scheduled run.
 */
public final class EndpointPolicy {
    private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    private EndpointPolicy() {}

    /** The parsed endpoint; throws {@link IllegalArgumentException} with a safe reason otherwise. */
    public static URI check(String endpoint, boolean devMode) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("the analytics endpoint is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("the analytics endpoint has no host");
        }
        // Credentials in the URL would be logged and shown; the protocol has no use for them.
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the analytics endpoint must not contain credentials");
        }
        if (scheme.equals("https")) {
            return uri;
        }
        if (scheme.equals("http")) {
            if (devMode && isLoopback(uri.getHost())) {
                return uri;
            }
            throw new IllegalArgumentException(
                    "http:// is allowed only for a loopback host in development mode; use https://");
        }
        throw new IllegalArgumentException("the analytics endpoint must be an https:// URL");
    }

    /**
     * Only literal loopback addresses and {@code localhost} count. No DNS lookup: a name that
     * resolves to 127.0.0.1 today may not tomorrow, and plain-text analytics must never leave
     * the machine.
     */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (IPV4_LITERAL.matcher(h).matches()) {
            String[] octets = h.split("\\.");
            for (String octet : octets) {
                if (Integer.parseInt(octet) > 255) {
                    return false;
                }
            }
            return octets[0].equals("127");
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            try {
                // A bracketed IPv6 literal is parsed, never resolved.
                return InetAddress.getByName(h.substring(1, h.length() - 1)).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
