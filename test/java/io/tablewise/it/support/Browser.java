package io.tablewise.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Pages of the dev host as a browser gets them: redirects not followed (a test looks at where
 * it is sent), and either HTTP Basic per request or a session cookie from the login form.
 */
public final class Browser {
    public record Page(int status, String body, String location) {
    }

    private final String baseUrl;
    private final HttpClient http;

    private Browser(String baseUrl, HttpClient http) {
        this.baseUrl = baseUrl;
        this.http = http;
    }

    /** Without cookies: each request stands alone (Basic or anonymous). */
    public static Browser stateless(String baseUrl) {
        return new Browser(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    /** With a cookie jar, logged in through the login form as {@code user} (password = name). */
    public static Browser loggedIn(String baseUrl, String user) {
        Browser browser = new Browser(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager()).build());
        Page login = browser.logIn(user, null);
        if (login.status() != 302) {
            throw new IllegalStateException("Login as " + user + " failed: " + login.status());
        }
        return browser;
    }

    /** Posts the login form (also the websudo form), optionally back to {@code destination}. */
    public Page logIn(String user, String destination) {
        String form = "os_username=" + encode(user) + "&os_password=" + encode(user)
                + (destination == null ? "" : "&os_destination=" + encode(destination));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public Page get(String path) {
        return get(null, path);
    }

    /** GET with HTTP Basic as {@code user} (null: none). */
    public Page get(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    public Page post(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
