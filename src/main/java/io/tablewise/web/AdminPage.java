package io.tablewise.web;

import io.tablewise.about.AppInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The HTML of the admin page frame. Everything visible inside it is rendered by the front end. */
final class AdminPage {
    private AdminPage() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, AppInfo appInfo) throws IOException {
        html(response, HttpServletResponse.SC_OK);
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html><head>");
        out.println("<title>" + escape(text(request, "tablewise.admin.title", "Tablewise")) + "</title>");
        // Both products wrap a page carrying this decorator in their admin chrome.
        out.println("<meta name=\"decorator\" content=\"atl.admin\">");
        out.println("<meta name=\"admin.active.section\" content=\"admin_plugins_menu/tablewise-admin-section\">");
        out.println("<meta name=\"admin.active.tab\" content=\"tablewise-admin-link\">");
        out.println("</head><body>");
        out.println("<div id=\"tablewise-admin\" data-context-path=\"" + escape(request.getContextPath())
                + "\" data-product=\"" + escape(appInfo.product())
                + "\" data-product-version=\"" + escape(appInfo.productVersion())
                + "\" data-app-version=\"" + escape(appInfo.appVersion()) + "\"></div>");
        out.println("</body></html>");
    }

    static void writeForbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        html(response, HttpServletResponse.SC_FORBIDDEN);
        PrintWriter out = response.getWriter();
        String message = text(request, "tablewise.admin.forbidden",
                "Tablewise is for system administrators only.");
        out.println("<!DOCTYPE html><html><head><title>" + escape(text(request, "tablewise.admin.title", "Tablewise"))
                + "</title><meta name=\"decorator\" content=\"atl.general\"></head><body>");
        out.println("<p id=\"tablewise-forbidden\">" + escape(message) + "</p></body></html>");
    }

    private static void html(HttpServletResponse response, int status) {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    private static String text(HttpServletRequest request, String key, String fallback) {
        Locale locale = request.getLocale() == null ? Locale.ROOT : request.getLocale();
        try {
            return ResourceBundle.getBundle("i18n.tablewise", locale, AdminPage.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
