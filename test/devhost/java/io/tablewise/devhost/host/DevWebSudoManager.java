package io.tablewise.devhost.host;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Websudo as the products do it: a password typed within the last 10 minutes in this session
 * counts; requests authenticated per request (HTTP Basic, tokens) are exempt.
 */
public class DevWebSudoManager implements WebSudoManager {
    public static final String SESSION_ATTRIBUTE = "tablewise.devhost.websudo";
    private static final long WINDOW_MILLIS = 10 * 60 * 1000L;

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return true;
        }
        HttpSession session = request.getSession(false);
        Object since = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return since instanceof Long millis && System.currentTimeMillis() - millis < WINDOW_MILLIS;
    }

    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String back = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            response.sendRedirect(request.getContextPath() + "/login?websudo=true&os_destination="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException {
        if (!canExecuteRequest(request)) {
            throw new WebSudoSessionException("Websudo session required");
        }
    }
}
