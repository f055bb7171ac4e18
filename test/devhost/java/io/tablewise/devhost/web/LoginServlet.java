package io.tablewise.devhost.web;

import io.tablewise.devhost.host.DevUsers;
import io.tablewise.devhost.host.DevWebSudoManager;
import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/** /login (form and POST) and /logout. A fresh login also opens a websudo window. */
public class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().endsWith("/logout")) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        form(request, response, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("os_username");
        var user = DevUsers.authenticate(name, request.getParameter("os_password"));
        if (user.isEmpty()) {
            form(request, response, "Sorry, your username and password are incorrect.");
            return;
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(AuthFilter.SESSION_USER, user.get().name());
        session.setAttribute(DevWebSudoManager.SESSION_ATTRIBUTE, System.currentTimeMillis());
        response.sendRedirect(safeDestination(request));
    }

    /** Only same-site paths: an open redirect on a login page is a phishing tool. */
    private static String safeDestination(HttpServletRequest request) {
        String destination = request.getParameter("os_destination");
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//")) {
            return request.getContextPath() + "/plugins/servlet/tablewise/admin";
        }
        return destination;
    }

    private static void form(HttpServletRequest request, HttpServletResponse response, String error)
            throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setStatus(error == null ? 200 : 401);
        String destination = request.getParameter("os_destination");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html><head><title>Log in - Tablewise dev host</title>"
                + "<style>body{font-family:-apple-system,'Segoe UI',Roboto,sans-serif;background:#f7f8f9;color:#172b4d}"
                + "form{max-width:320px;margin:80px auto;background:#fff;padding:24px 32px;border-radius:6px;"
                + "box-shadow:0 1px 3px rgba(9,30,66,.25)}label{display:block;margin-top:12px;font-size:12px;"
                + "font-weight:600;color:#626f86}input{width:100%;box-sizing:border-box;padding:8px;margin-top:4px;"
                + "border:2px solid #dcdfe4;border-radius:3px}button{margin-top:20px;padding:8px 16px;background:#0c66e4;"
                + "color:#fff;border:0;border-radius:3px;font-weight:600}.error{color:#ae2e24}</style></head><body>");
        out.println("<form method=\"post\" action=\"" + request.getContextPath() + "/login\">");
        out.println("<h2>Tablewise dev host</h2>");
        if ("true".equals(request.getParameter("websudo"))) {
            out.println("<p>Administrator access: confirm your password.</p>");
        }
        if (error != null) {
            out.println("<p class=\"error\" id=\"login-error\">" + error + "</p>");
        }
        out.println("<label for=\"os_username\">Username</label><input id=\"os_username\" name=\"os_username\">");
        out.println("<label for=\"os_password\">Password</label>"
                + "<input id=\"os_password\" name=\"os_password\" type=\"password\">");
        if (destination != null) {
            out.println("<input type=\"hidden\" name=\"os_destination\" value=\""
                    + destination.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\">");
        }
        out.println("<button id=\"login-submit\" type=\"submit\">Log in</button></form></body></html>");
    }
}
