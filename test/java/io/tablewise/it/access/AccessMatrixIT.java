package io.tablewise.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.tablewise.devhost.db.DevDatabase;
import io.tablewise.it.support.Api;
import io.tablewise.it.support.Browser;
import io.tablewise.it.support.HostedTest;
import io.tablewise.it.support.TestDatabases;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint against every kind of caller: anonymous 401, an ordinary user and a product
 * administrator who is not a system administrator 403, a system administrator 2xx; and every
 * mutation refused as forged without a JSON body or the XSRF header, or from another origin.
 * The admin pages (servlets) the same way: anonymous sent to log in, the two non-system
 * administrators refused with nothing of the app on the page, a system administrator served.
 */
class AccessMatrixIT extends HostedTest {

    record Endpoint(String method, String path, Object body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Override
    protected DevDatabase database() {
        return TestDatabases.h2();
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET", "/about", null),
                new Endpoint("GET", "/tables", null),
                new Endpoint("GET", "/tables/jiraissue", null),
                new Endpoint("GET", "/tables/jiraissue/rows?limit=2", null),
                new Endpoint("GET", "/tables/jiraissue/rows/10000", null),
                new Endpoint("POST", "/tables/jiraissue/rows/batch", Map.of("ids", List.of("10000"))),
                new Endpoint("GET", "/audit", null),
                new Endpoint("POST", "/exports", Map.of("tables", List.of("label"), "format", "CSV", "client", "API")),
                new Endpoint("PUT", "/exports/{export}", Map.of("outcome", "COMPLETED", "rows", 0, "bytes", 0)),
                new Endpoint("GET", "/redaction", null),
                new Endpoint("PUT", "/redaction", Map.of("columns", List.of())),
                new Endpoint("GET", "/retention", null),
                new Endpoint("PUT", "/retention", Map.of("auditDays", 90)),
                new Endpoint("DELETE", "/data", null),
                new Endpoint("GET", "/analytics", null),
                new Endpoint("PUT", "/analytics", Map.of("enabled", false, "endpoint",
                        "https://analytics.tablewise.io/v1/ingest", "batchSize", 500, "maxStoredEvents", 10000)),
                new Endpoint("GET", "/analytics/preview", null),
                new Endpoint("DELETE", "/analytics/events", null));
    }

    /** Servlet pages under /plugins/servlet, and a text only the served page carries. */
    record PagePath(String path, String servedMarker) {
        @Override
        public String toString() {
            return "GET " + path;
        }
    }

    static List<PagePath> pages() {
        return List.of(new PagePath("/plugins/servlet/tablewise/admin", "id=\"tablewise-admin\""),
                new PagePath("/plugins/servlet/tablewise/docs/privacy", "id=\"tablewise-doc\""));
    }

    static Stream<Arguments> pageMatrix() {
        return pages().stream().flatMap(p -> Stream.of(
                Arguments.of(p, Api.ANONYMOUS, 302),
                Arguments.of(p, Api.USER, 403),
                Arguments.of(p, Api.APP_ADMIN, 403),
                Arguments.of(p, Api.ADMIN, 200)));
    }

    static Stream<Arguments> matrix() {
        return endpoints().stream().flatMap(e -> Stream.of(
                Arguments.of(e, Api.ANONYMOUS, 401, "NOT_AUTHENTICATED"),
                Arguments.of(e, Api.USER, 403, "NOT_SYSTEM_ADMIN"),
                Arguments.of(e, Api.APP_ADMIN, 403, "NOT_SYSTEM_ADMIN"),
                Arguments.of(e, Api.ADMIN, 200, null)));
    }

    static Stream<Endpoint> mutations() {
        return endpoints().stream().filter(e -> !e.method().equals("GET"));
    }

    private String path(Endpoint endpoint) {
        if (!endpoint.path().contains("{export}")) {
            return endpoint.path();
        }
        String exportId = api.send(Api.ADMIN, "POST", "/exports", Map.of("tables", List.of("label"), "format", "CSV",
                "client", "API")).json().get("exportId").asText();
        return endpoint.path().replace("{export}", exportId);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void onlySystemAdministratorsGetIn(Endpoint endpoint, String user, int status, String errorCode) {
        String path = path(endpoint);
        Api.Response response = endpoint.method().equals("GET") ? api.get(user, path)
                : api.send(user, endpoint.method(), path, endpoint.body());
        if (errorCode == null) {
            assertThat(response.status()).as(response.body()).isBetween(200, 204);
        } else {
            assertThat(response.status()).as(response.body()).isEqualTo(status);
            assertThat(response.errorCode()).isEqualTo(errorCode);
            // The envelope and nothing else: no data of any table.
            assertThat(response.json().size()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("pageMatrix")
    void onlySystemAdministratorsGetThePages(PagePath page, String user, int status) {
        Browser.Page response = Browser.stateless(host.baseUrl()).get(user, page.path());
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        switch (status) {
            case 302 -> assertThat(response.location()).contains("/login")
                    .contains(Api.encode(page.path()));
            case 403 -> assertThat(response.body()).contains("tablewise-forbidden").doesNotContain(page.servedMarker());
            default -> assertThat(response.body()).contains(page.servedMarker());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void aMutationThatABrowserCouldForgeIsRefused(Endpoint endpoint) {
        String body = Api.json(endpoint.body());
        for (String contentType : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data", null}) {
            Api.Response response = api.send(Api.ADMIN, endpoint.method(), path(endpoint), body, contentType, false);
            assertThat(response.status()).as(contentType + " " + response.body()).isEqualTo(403);
            assertThat(response.errorCode()).isEqualTo("XSRF_CHECK_FAILED");
        }
        Api.Response crossOrigin = api.sendWithOrigin(Api.ADMIN, endpoint.method(), path(endpoint), body, "https://evil.example");
        assertThat(crossOrigin.status()).as(crossOrigin.body()).isEqualTo(403);
        assertThat(crossOrigin.errorCode()).isEqualTo("XSRF_CHECK_FAILED");
        // The same call as the front end makes it goes through.
        assertThat(api.send(Api.ADMIN, endpoint.method(), path(endpoint), endpoint.body()).status()).isBetween(200, 204);
    }
}
