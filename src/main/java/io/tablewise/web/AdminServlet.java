package io.tablewise.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserRole;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.tablewise.about.AppInfo;
import io.tablewise.analytics.EventName;
import io.tablewise.analytics.EventRecorder;
import java.io.IOException;
import java.net.URI;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The admin page: a thin HTML frame in the product's admin decoration; the React app inside it
 * does the rest over the REST API. System administrators only, behind websudo.
 */
public class AdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String WEB_RESOURCE_CONTEXT = "tablewise.admin";

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient WebSudoManager webSudoManager;
    private final transient PageBuilderService pageBuilderService;
    private final transient AppInfo appInfo;
    private final transient EventRecorder analytics;

    public AdminServlet(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager,
            PageBuilderService pageBuilderService, AppInfo appInfo, EventRecorder analytics) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
        this.pageBuilderService = pageBuilderService;
        this.appInfo = appInfo;
        this.analytics = analytics;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey(request);
        if (user == null) {
            response.sendRedirect(loginUriProvider.getLoginUriForRole(currentUri(request), UserRole.SYSADMIN)
                    .toASCIIString());
            return;
        }
        if (!userManager.isSystemAdmin(user)) {
            AdminPage.writeForbidden(request, response);
            return;
        }
        try {
            webSudoManager.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return;
        }
        pageBuilderService.assembler().resources().requireContext(WEB_RESOURCE_CONTEXT);
        AdminPage.write(request, response, appInfo);
        analytics.record(EventName.ADMIN_VIEW);
    }

    private static URI currentUri(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        return URI.create(url.toString());
    }
}
