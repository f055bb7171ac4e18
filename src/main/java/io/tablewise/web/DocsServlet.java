package io.tablewise.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * /plugins/servlet/tablewise/docs/{name}: the app's own documentation, shipped in the jar, so an
 * administrator of an instance without internet access can read it. The same people as the
 * admin page may (system administrators, websudo). Markdown is shown as written: it is made to
 * read well as plain text.
 */
public class DocsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/plugins/servlet/tablewise/docs/";
    /** Only these names: nothing from the request reaches a resource path. */
    static final Map<String, String> DOCS = Map.of("privacy", "tablewise-docs/privacy.md");

    private final transient PageGate gate;

    public DocsServlet(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager) {
        this.gate = new PageGate(userManager, loginUriProvider, webSudoManager);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!gate.admit(request, response)) {
            return;
        }
        String uri = request.getRequestURI();
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        String location = DOCS.get(name);
        String markdown = location == null ? null : read(location);
        if (markdown == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html><head>");
        out.println("<title>" + AdminPage.escape(title(markdown)) + "</title>");
        out.println("<meta name=\"decorator\" content=\"atl.admin\">");
        out.println("<meta name=\"admin.active.section\" content=\"admin_plugins_menu/tablewise-admin-section\">");
        out.println("<meta name=\"admin.active.tab\" content=\"tablewise-admin-link\">");
        out.println("</head><body>");
        out.println("<pre id=\"tablewise-doc\" style=\"white-space:pre-wrap;overflow-wrap:anywhere;max-width:110ch;"
                + "font:13px/1.5 ui-monospace,Menlo,Consolas,monospace\">" + AdminPage.escape(markdown) + "</pre>");
        out.println("</body></html>");
    }

    private static String read(String location) throws IOException {
        try (InputStream in = DocsServlet.class.getClassLoader().getResourceAsStream(location)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The first "# " heading, the document's title. */
    static String title(String markdown) {
        for (String line : markdown.split("\n", 20)) {
            if (line.startsWith("# ")) {
                return "Tablewise: " + line.substring(2).trim();
            }
        }
        return "Tablewise";
    }
}
