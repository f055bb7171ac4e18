package io.tablewise.devhost.web;

import io.tablewise.devhost.host.CurrentRequest;
import io.tablewise.devhost.host.DevUsers;
import io.tablewise.devhost.host.DevUsers.DevUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * The product's authentication in miniature: a session from the login form, or HTTP Basic on
 * each request (wrong credentials answer 401, as Jira does). Nobody is refused here: deciding
 * who may do what is the app's job, and what the tests check.
 */
public class AuthFilter implements Filter {
    static final String SESSION_USER = "tablewise.devhost.session-user";

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        Optional<DevUser> user;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basic(authorization.substring(6).trim());
            if (user.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"tablewise-devhost\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
        } else {
            HttpSession session = request.getSession(false);
            user = DevUsers.byName(session == null ? null : (String) session.getAttribute(SESSION_USER));
        }
        user.ifPresent(u -> request.setAttribute(CurrentRequest.USER_ATTRIBUTE, u));
        CurrentRequest.set(request);
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentRequest.clear();
        }
    }

    private static Optional<DevUser> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : DevUsers.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
