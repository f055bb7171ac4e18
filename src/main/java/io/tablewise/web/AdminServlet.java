package io.tablewise.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.tablewise.about.AppInfo;
import io.tablewise.analytics.EventName;
import io.tablewise.analytics.EventRecorder;
import java.io.IOException;
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

    private final transient PageGate gate;
    private final transient PageBuilderService pageBuilderService;
    private final transient AppInfo appInfo;
    private final transient EventRecorder analytics;

    public AdminServlet(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager,
            PageBuilderService pageBuilderService, AppInfo appInfo, EventRecorder analytics) {
        this.gate = new PageGate(userManager, loginUriProvider, webSudoManager);
        this.pageBuilderService = pageBuilderService;
        this.appInfo = appInfo;
        this.analytics = analytics;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!gate.admit(request, response)) {
            return;
        }
        pageBuilderService.assembler().resources().requireContext(WEB_RESOURCE_CONTEXT);
        AdminPage.write(request, response, appInfo);
        analytics.record(EventName.ADMIN_VIEW);
    }
}
