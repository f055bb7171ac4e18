package io.tablewise.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;

/**
 * The access rule of every Tablewise endpoint, in code: the caller must be a system
 * administrator, and a request that changes anything must prove it was not forged by another
 * site (XSRF). Host annotations say the same; this holds whatever they do.
 */
public class AccessGuard {
    static final String XSRF_HEADER = "X-Atlassian-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final UserManager userManager;
    private final ApplicationProperties applicationProperties;

    public AccessGuard(UserManager userManager, ApplicationProperties applicationProperties) {
        this.userManager = userManager;
        this.applicationProperties = applicationProperties;
    }

    /** Returns the calling system administrator, or throws the matching ApiException. */
    public UserKey requireSystemAdmin(HttpServletRequest request) {
        UserKey user = userManager.getRemoteUserKey(request);
        if (user == null) {
            throw new ApiException(ErrorCode.NOT_AUTHENTICATED, "Log in as a system administrator.");
        }
        if (!userManager.isSystemAdmin(user)) {
            throw new ApiException(ErrorCode.NOT_SYSTEM_ADMIN, "Only system administrators can use Tablewise.");
        }
        if (!SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            requireNotForged(request);
        }
        return user;
    }

    /**
     * A browser lets another site send a form (urlencoded, multipart, text/plain) but neither a
     * JSON body nor a custom header without a CORS preflight we never grant. A mutation must
     * therefore carry one of the two, and any Origin it carries must be this instance.
     */
    private void requireNotForged(HttpServletRequest request) {
        String contentType = request.getContentType();
        boolean json = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
        boolean token = "no-check".equalsIgnoreCase(request.getHeader(XSRF_HEADER));
        if (!json && !token) {
            throw new ApiException(ErrorCode.XSRF_CHECK_FAILED,
                    "This request needs the header " + XSRF_HEADER + ": no-check or a JSON body.");
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals("null") && !isOwnOrigin(origin, request)) {
            throw new ApiException(ErrorCode.XSRF_CHECK_FAILED, "Cross-origin requests are refused.");
        }
        if ("null".equals(origin)) {
            throw new ApiException(ErrorCode.XSRF_CHECK_FAILED, "Cross-origin requests are refused.");
        }
    }

    private boolean isOwnOrigin(String origin, HttpServletRequest request) {
        String requestOrigin = request.getScheme() + "://" + request.getHeader("Host");
        return origin.equalsIgnoreCase(requestOrigin)
                || origin.equalsIgnoreCase(originOf(applicationProperties.getBaseUrl(UrlMode.CANONICAL)));
    }

    private static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            int port = uri.getPort();
            return uri.getScheme() + "://" + uri.getHost() + (port < 0 ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
