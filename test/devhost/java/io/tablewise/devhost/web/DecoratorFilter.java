package io.tablewise.devhost.web;

import io.tablewise.devhost.host.CurrentRequest;
import io.tablewise.devhost.host.DevPageBuilderService;
import io.tablewise.devhost.host.DevPageBuilderService.Requirement;
import io.tablewise.devhost.host.DevUsers.DevUser;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * What the product's `atl.admin` decorator does for the admin page: wraps it in the admin
 * chrome and writes the tags of the web-resources the page required into its head.
 */
public class DecoratorFilter implements Filter {
    private final DevPageBuilderService pageBuilder;
    private final Supplier<WebResourceIndex> webResources;
    private final String i18nScript;
    private final String productName;

    public DecoratorFilter(DevPageBuilderService pageBuilder, Supplier<WebResourceIndex> webResources,
            String i18nJson, String productName) {
        this.pageBuilder = pageBuilder;
        this.webResources = webResources;
        this.i18nScript = "<script>window.__TABLEWISE_DEV_I18N__ = " + i18nJson.replace("</", "<\\/") + ";</script>";
        this.productName = productName;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        CharArrayWriter buffer = new CharArrayWriter();
        HttpServletResponseWrapper wrapper = new HttpServletResponseWrapper(response) {
            private final PrintWriter writer = new PrintWriter(buffer);

            @Override
            public PrintWriter getWriter() {
                return writer;
            }
        };
        pageBuilder.drain();
        chain.doFilter(request, wrapper);
        List<Requirement> required = pageBuilder.drain();
        String page = buffer.toString();
        // The products decorate an atl.admin page whether or not it asks for web resources.
        boolean adminPage = page.contains("content=\"atl.admin\"");
        if (response.isCommitted() || (required.isEmpty() && !adminPage) || !page.contains("</head>")) {
            response.getWriter().write(page);
            return;
        }
        String decorated = page.replace("</head>", head(request, required) + "</head>");
        if (adminPage) {
            decorated = decorated.replaceFirst("<body>", "<body>" + chrome(request)
                    + "<div class=\"devhost-layout\">" + SIDEBAR + "<main class=\"devhost-main\">")
                    .replace("</body>", "</main></div></body>");
        }
        response.getWriter().write(decorated);
    }

    private String head(HttpServletRequest request, List<Requirement> required) {
        StringBuilder tags = new StringBuilder();
        String base = request.getContextPath() + "/download/resources/";
        tags.append(ADMIN_CHROME_STYLE);
        tags.append(i18nScript);
        tags.append("<script src=\"").append(base).append("dev-shim/wrm-dev-shim.js\"></script>");
        WebResourceIndex index = webResources.get();
        for (Requirement requirement : required) {
            List<String> locations = requirement.context()
                    ? index.locationsForContext(requirement.name())
                    : index.locationsForWebResource(requirement.name());
            for (String location : locations) {
                String url = base + "io.tablewise.exporter/" + location;
                tags.append(location.endsWith(".css")
                        ? "<link rel=\"stylesheet\" href=\"" + url + "\">"
                        : "<script src=\"" + url + "\"></script>");
            }
        }
        return tags.toString();
    }

    private String chrome(HttpServletRequest request) {
        DevUser user = CurrentRequest.user(request);
        return "<header class=\"devhost-chrome\"><strong>" + productName + " administration</strong>"
                + "<span class=\"devhost-badge\">dev host</span><span class=\"devhost-user\">"
                + (user == null ? "" : user.fullName() + " · <a href=\"" + request.getContextPath()
                        + "/logout\">Log out</a>")
                + "</span></header>";
    }

    /** The product's admin menu, as far as the page needs it: where Tablewise sits. */
    private static final String SIDEBAR = "<aside class=\"devhost-sidebar\"><div class=\"devhost-group\">"
            + "Manage apps</div><a>Find new apps</a><a>Manage apps</a><div class=\"devhost-group\">Tablewise</div>"
            + "<a class=\"devhost-current\" href=\"/plugins/servlet/tablewise/admin\">Tablewise</a></aside>";

    private static final String ADMIN_CHROME_STYLE = "<style>body{margin:0}.devhost-chrome{display:flex;gap:12px;"
            + "align-items:center;height:48px;padding:0 20px;background:#fff;border-bottom:1px solid #dcdfe4;"
            + "font:14px -apple-system,'Segoe UI',Roboto,sans-serif;color:#172b4d}.devhost-badge{font-size:11px;"
            + "padding:2px 6px;border-radius:3px;background:#e9f2ff;color:#0c66e4;font-weight:600;text-transform:"
            + "uppercase}.devhost-user{margin-left:auto;color:#626f86}.devhost-user a{color:#0c66e4}"
            + ".devhost-layout{display:flex;min-height:calc(100vh - 49px)}.devhost-sidebar{width:220px;flex:none;"
            + "padding:16px 8px;border-right:1px solid #dcdfe4;background:#f7f8f9;font:14px -apple-system,"
            + "'Segoe UI',Roboto,sans-serif}.devhost-sidebar a{display:block;padding:6px 12px;color:#44546f;"
            + "border-radius:3px;text-decoration:none}.devhost-group{padding:12px 12px 4px;font-size:11px;"
            + "font-weight:700;color:#626f86;text-transform:uppercase}.devhost-current{background:#e9f2ff;"
            + "color:#0c66e4!important}.devhost-main{flex:1;padding:24px 40px;min-width:0}</style>";
}
