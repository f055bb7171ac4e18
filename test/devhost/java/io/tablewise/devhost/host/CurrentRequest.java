package io.tablewise.devhost.host;

import io.tablewise.devhost.host.DevUsers.DevUser;
import javax.servlet.http.HttpServletRequest;

/** Who is calling, as the dev host's authentication filter established it for this request. */
public final class CurrentRequest {
    public static final String USER_ATTRIBUTE = "tablewise.devhost.user";
    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();

    private CurrentRequest() {
    }

    public static void set(HttpServletRequest request) {
        REQUEST.set(request);
    }

    public static void clear() {
        REQUEST.remove();
    }

    public static HttpServletRequest get() {
        return REQUEST.get();
    }

    public static DevUser user(HttpServletRequest request) {
        return request == null ? null : (DevUser) request.getAttribute(USER_ATTRIBUTE);
    }
}
