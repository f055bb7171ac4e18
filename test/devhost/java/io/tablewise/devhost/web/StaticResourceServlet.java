package io.tablewise.devhost.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * /download/resources/io.tablewise.exporter/<location>: files of the built front end, as the
 * product serves a plugin's web-resources; /download/resources/dev-shim/*: the dev shim.
 */
public class StaticResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String PLUGIN_PREFIX = "/io.tablewise.exporter/";
    private static final String SHIM_PREFIX = "/dev-shim/";
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript;charset=UTF-8", "css", "text/css;charset=UTF-8", "svg", "image/svg+xml",
            "png", "image/png", "woff2", "font/woff2", "json", "application/json", "map", "application/json");

    private final transient Path frontendRoot;

    public StaticResourceServlet(Path frontendRoot) {
        this.frontendRoot = frontendRoot.toAbsolutePath().normalize();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.startsWith(SHIM_PREFIX) && path.indexOf('/', SHIM_PREFIX.length()) < 0) {
            try (InputStream in = getClass().getResourceAsStream("/" + path.substring(SHIM_PREFIX.length()))) {
                if (in != null) {
                    send(response, path, in);
                    return;
                }
            }
        } else if (path.startsWith(PLUGIN_PREFIX)) {
            Path file = frontendRoot.resolve(path.substring(PLUGIN_PREFIX.length())).normalize();
            if (file.startsWith(frontendRoot) && Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    send(response, path, in);
                    return;
                }
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static void send(HttpServletResponse response, String path, InputStream in) throws IOException {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setHeader("Cache-Control", "no-cache");
        in.transferTo(response.getOutputStream());
    }
}
