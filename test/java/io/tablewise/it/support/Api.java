package io.tablewise.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.tablewise.web.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A minimal client of /rest/tablewise/1.0 over real HTTP, with HTTP Basic as the CLI uses it. */
public final class Api {
    public static final String ADMIN = "admin";
    public static final String APP_ADMIN = "appadmin";
    public static final String USER = "user";
    public static final String ANONYMOUS = null;

    /** Pages may hold texts beyond the server's own 1 MiB limit for request strings. */
    private static final com.fasterxml.jackson.databind.ObjectMapper READER = new com.fasterxml.jackson.databind.ObjectMapper();

    static {
        READER.getFactory().setStreamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE).build());
    }

    public record Response(int status, String body) {
        public JsonNode json() {
            try {
                return READER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (HTTP " + status + "): " + body, e);
            }
        }

        public String errorCode() {
            return json().path("errorCode").asText(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String root;

    public Api(String baseUrl) {
        this.root = baseUrl + "/rest/tablewise/1.0";
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public Response get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(root + path)).GET());
    }

    /** A JSON mutation as the front end sends it (JSON body, XSRF header). */
    public Response send(String user, String method, String path, Object body) {
        return send(user, method, path, json(body), "application/json", true);
    }

    public Response send(String user, String method, String path, String body, String contentType, boolean xsrfHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (xsrfHeader) {
            request.header("X-Atlassian-Token", "no-check");
        }
        return send(user, request);
    }

    /** A JSON mutation sent from another site's page (its Origin header). */
    public Response sendWithOrigin(String user, String method, String path, String body, String origin) {
        return send(user, HttpRequest.newBuilder(URI.create(root + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body))
                .header("Content-Type", "application/json").header("Origin", origin));
    }

    private Response send(String user, HttpRequest.Builder request) {
        if (user != null) {
            String credentials = user + ":" + user;
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        request.timeout(Duration.ofSeconds(120));
        HttpRequest built = request.build();
        try {
            try {
                return exchange(built);
            } catch (IOException e) {
                // After an error answer the server may close a kept-alive connection while the
                // client is about to reuse it; the request then never arrived. The JDK retries
                // that only for GET, so the same is done here once for every method.
                return exchange(built);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response exchange(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
