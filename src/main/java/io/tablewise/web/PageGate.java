package io.tablewise.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserRole;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import java.io.IOException;
import java.net.URI;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Who may see a Tablewise page: a system administrator with a websudo session. Anyone not
 * logged in is sent to log in, anyone else logged in is refused, a system administrator
 * without websudo is sent to confirm the password (the host's websudo form) and comes back.
 */
final class PageGate {
    private final UserManager userManager;
    private final LoginUriProvider loginUriProvider;
    private final WebSudoManager webSudoManager;

    PageGate(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
    }

    /** True when the page may be written; otherwise the response has been answered. */
    boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey(request);
        if (user == null) {
            response.sendRedirect(loginUriProvider.getLoginUriForRole(currentUri(request), UserRole.SYSADMIN)
                    .toASCIIString());
            return false;
        }
        if (!userManager.isSystemAdmin(user)) {
            AdminPage.writeForbidden(request, response);
            return false;
        }
        try {
            webSudoManager.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return false;
        }
        return true;
    }

    private static URI currentUri(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        return URI.create(url.toString());
    }
}
