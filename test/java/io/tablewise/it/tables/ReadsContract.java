package io.tablewise.it.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tablewise.it.support.Api;
import io.tablewise.it.support.HostedTest;
import io.tablewise.it.support.Pager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Redaction, filters, rows by id, errors, exports and the audit log, on a real database. */
abstract class ReadsContract extends HostedTest {

    private JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return response.status() == 204 ? null : response.json();
    }

    private void error(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.errorCode()).as(response.body()).isEqualTo(code);
    }

    private JsonNode latestAudit() {
        return ok(api.get(Api.ADMIN, "/audit?limit=1")).get("entries").get(0);
    }

    private static int column(JsonNode page, String name) {
        for (int i = 0; i < page.get("columns").size(); i++) {
            if (page.get("columns").get(i).asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void secretsAreRedactedUnlessRevealedAndRevealingIsAudited() {
        for (String[] secret : new String[][] {{"cwd_user", "credential"}, {"AO_81F455_PERSONAL_TOKEN", "HASHED_TOKEN"}}) {
            String table = secret[0];
            JsonNode detail = ok(api.get(Api.ADMIN, "/tables/" + table));
            assertThat(detail.get("redactedColumns").toString()).contains("\"" + secret[1] + "\"");
            for (JsonNode column : detail.get("columns")) {
                if (column.get("name").asText().equals(secret[1])) {
                    assertThat(column.get("redaction").get("reason").asText()).isIn("PASSWORD_HASH", "TOKEN");
                    assertThat(column.get("redaction").get("rule").asText()).isNotBlank();
                }
            }
            JsonNode hidden = ok(api.get(Api.ADMIN, "/tables/" + table + "/rows"));
            int at = column(hidden, secret[1]);
            assertThat(hidden.get("redactedColumns").toString()).isEqualTo("[\"" + secret[1] + "\"]");
            hidden.get("rows").forEach(row -> assertThat(row.get(at).isNull()).isTrue());
            assertThat(latestAudit().get("kind").asText()).isEqualTo("ROW_READ");

            JsonNode shown = ok(api.get(Api.ADMIN, "/tables/" + table + "/rows?reveal=true"));
            assertThat(shown.get("redactedColumns").size()).isZero();
            assertThat(shown.get("rows").get(0).get(at).asText()).isNotEmpty();
            JsonNode audit = latestAudit();
            assertThat(audit.get("kind").asText()).isEqualTo("REVEAL");
            assertThat(audit.get("revealed").asBoolean()).isTrue();
            assertThat(audit.get("tables").get(0).asText()).isEqualTo(table);
        }
        JsonNode user = ok(api.get(Api.ADMIN, "/tables/cwd_user/rows/10000"));
        assertThat(user.get("row").get(column(user, "credential")).isNull()).isTrue();
        JsonNode batch = ok(api.send(Api.ADMIN, "POST", "/tables/cwd_user/rows/batch", Map.of("ids", List.of("10000"),
                "columns", List.of("credential"), "reveal", true)));
        assertThat(batch.get("rows").get(0).get(0).asText()).startsWith("{PKCS5S2}");
        assertThat(latestAudit().get("kind").asText()).isEqualTo("REVEAL");
        error(api.get(Api.ADMIN, "/tables/cwd_user/rows?filters=" + Api.encode(
                "[{\"column\":\"credential\",\"op\":\"NOT_NULL\"}]")), 400, "BAD_FILTER");
        ok(api.get(Api.ADMIN, "/tables/cwd_user/rows?reveal=true&filters=" + Api.encode(
                "[{\"column\":\"credential\",\"op\":\"NOT_NULL\"}]")));
    }

    @Test
    void theAdministratorsListRedactsMoreAndIsAudited() {
        try {
            JsonNode saved = ok(api.send(Api.ADMIN, "PUT", "/redaction", Map.of("columns", List.of("JIRAISSUE.Summary"))));
            assertThat(saved.get("columns").toString()).isEqualTo("[\"jiraissue.summary\"]");
            assertThat(latestAudit().get("kind").asText()).isEqualTo("SETTINGS");
            assertThat(ok(api.get(Api.ADMIN, "/redaction")).get("columns").toString()).isEqualTo("[\"jiraissue.summary\"]");
            JsonNode page = ok(api.get(Api.ADMIN, "/tables/jiraissue/rows?limit=5&columns=id,summary"));
            assertThat(page.get("redactedColumns").toString()).isEqualTo("[\"summary\"]");
            page.get("rows").forEach(row -> assertThat(row.get(1).isNull()).isTrue());
            JsonNode detail = ok(api.get(Api.ADMIN, "/tables/jiraissue"));
            assertThat(detail.get("redactedColumns").toString()).isEqualTo("[\"summary\"]");
            error(api.send(Api.ADMIN, "PUT", "/redaction", Map.of("columns", List.of("jiraissue.nope"))), 400, "UNKNOWN_COLUMN");
            error(api.send(Api.ADMIN, "PUT", "/redaction", Map.of("columns", List.of("nope.summary"))), 404, "NOT_FOUND");
            error(api.send(Api.ADMIN, "PUT", "/redaction", Map.of("columns", List.of("summary"))), 400, "UNKNOWN_COLUMN");
        } finally {
            ok(api.send(Api.ADMIN, "PUT", "/redaction", Map.of("columns", List.of())));
        }
        assertThat(ok(api.get(Api.ADMIN, "/tables/jiraissue")).get("redactedColumns").size()).isZero();
    }

    @Test
    void filtersSelectTheSameRowsAsSql() throws Exception {
        assertFilter("[{\"column\":\"issuestatus\",\"op\":\"EQ\",\"value\":\"10001\"}]", "\"issuestatus\" = '10001'");
        assertFilter("[{\"column\":\"priority\",\"op\":\"IN\",\"values\":[\"1\",\"2\",3]}]", "\"priority\" IN ('1', '2', '3')");
        assertFilter("[{\"column\":\"assignee\",\"op\":\"IS_NULL\"}]", "\"assignee\" IS NULL");
        assertFilter("[{\"column\":\"resolution\",\"op\":\"NOT_NULL\"},{\"column\":\"id\",\"op\":\"RANGE\",\"from\":10050,\"to\":\"10150\"}]",
                "\"resolution\" IS NOT NULL AND \"id\" >= 10050 AND \"id\" < 10150");
        assertFilter("[{\"column\":\"created\",\"op\":\"RANGE\",\"from\":\"2023-03-26T01:00:00Z\",\"to\":\"2024-01-01\"}]",
                "\"created\" >= TIMESTAMP WITH TIME ZONE '2023-03-26 01:00:00+00' AND \"created\" < TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+01'");
        assertFilter("[{\"column\":\"id\",\"op\":\"EQ\",\"value\":\"900719925474099301\"}]", "\"id\" = 900719925474099301");
        assertFilter("[{\"column\":\"summary\",\"op\":\"EQ\",\"value\":\"\"}]", "\"summary\" = ''");
    }

    private void assertFilter(String filters, String where) throws Exception {
        TreeSet<String> expected = new TreeSet<>();
        try (Connection connection = host.connect();
                PreparedStatement statement = connection.prepareStatement("SELECT \"id\" FROM \"jiraissue\" WHERE " + where);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                expected.add(rs.getBigDecimal(1).toPlainString());
            }
        }
        TreeSet<String> actual = new TreeSet<>();
        for (String row : Pager.readAll(api, "jiraissue", 37, "&columns=id&filters=" + Api.encode(filters)).rows()) {
            actual.add(row.substring(2, row.length() - 2));
        }
        assertThat(actual).as(filters).isEqualTo(expected);
        assertThat(expected).as("a filter that selects nothing proves little: " + where).isNotEmpty();
    }

    @Test
    void rowsById() {
        JsonNode first = ok(api.get(Api.ADMIN, "/tables/jiraissue/rows?limit=3&columns=id,summary"));
        String id = first.get("rows").get(0).get(0).asText();
        JsonNode row = ok(api.get(Api.ADMIN, "/tables/jiraissue/rows/" + id + "?columns=summary,id"));
        assertThat(row.get("row").toString()).isEqualTo("[" + first.get("rows").get(0).get(1) + ",\"" + id + "\"]");
        JsonNode huge = ok(api.get(Api.ADMIN, "/tables/jiraissue/rows/900719925474099301?columns=id"));
        assertThat(huge.get("row").toString()).isEqualTo("[\"900719925474099301\"]");
        error(api.get(Api.ADMIN, "/tables/jiraissue/rows/1"), 404, "NOT_FOUND");
        error(api.get(Api.ADMIN, "/tables/jiraissue/rows/abc"), 400, "BAD_REQUEST");
        error(api.get(Api.ADMIN, "/tables/confancestors/rows/1"), 400, "NOT_SUPPORTED");
        error(api.get(Api.ADMIN, "/tables/it_no_key/rows/1"), 400, "NOT_SUPPORTED");
        JsonNode unique = ok(api.get(Api.ADMIN, "/tables/issuestatus/rows/1?columns=id"));
        assertThat(unique.get("row").toString()).isEqualTo("[\"1\"]");

        List<Object> ids = new ArrayList<>(List.of(first.get("rows").get(2).get(0).asText(), 12345, id, "900719925474099301", id));
        JsonNode batch = ok(api.send(Api.ADMIN, "POST", "/tables/jiraissue/rows/batch", Map.of("ids", ids, "columns", List.of("id"))));
        assertThat(batch.get("rows").toString()).isEqualTo("[[\"" + ids.get(0) + "\"],[\"" + id + "\"],[\"900719925474099301\"]]");
        assertThat(batch.get("missingIds").toString()).isEqualTo("[12345]");
        assertThat(latestAudit().get("filters").get("jiraissue").get(0).get("op").asText()).isEqualTo("IN");
        List<Integer> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(i);
        }
        error(api.send(Api.ADMIN, "POST", "/tables/jiraissue/rows/batch", Map.of("ids", tooMany)), 400, "BAD_REQUEST");
        error(api.send(Api.ADMIN, "POST", "/tables/jiraissue/rows/batch", Map.of("ids", List.of())), 400, "BAD_REQUEST");
        error(api.send(Api.ADMIN, "POST", "/tables/jiraissue/rows/batch", "{\"ids\":[1],\"extra\":1}"), 400, "BAD_REQUEST");
    }

    @Test
    void wrongInputGetsAFourHundredWithTheEnvelope() {
        error(api.get(Api.ADMIN, "/tables/nope"), 404, "NOT_FOUND");
        error(api.get(Api.ADMIN, "/tables/nope/rows"), 404, "NOT_FOUND");
        error(api.get(Api.ADMIN, "/tables/jiraissue/rows?columns=id,nope"), 400, "UNKNOWN_COLUMN");
        error(api.get(Api.ADMIN, "/tables/jiraissue/rows?columns=id,id"), 400, "BAD_REQUEST");
        error(api.get(Api.ADMIN, "/tables/jiraissue/rows?after=garbage"), 400, "BAD_CURSOR");
        String cursorOfAnother = ok(api.get(Api.ADMIN, "/tables/label/rows?limit=1")).get("nextCursor").asText();
        error(api.get(Api.ADMIN, "/tables/jiraissue/rows?after=" + cursorOfAnother), 400, "BAD_CURSOR");
        String noKeyCursor = ok(api.get(Api.ADMIN, "/tables/it_no_key/rows?limit=1")).get("nextCursor").asText();
        error(api.get(Api.ADMIN, "/tables/it_no_key/rows?limit=1&after=" + noKeyCursor.substring(0, noKeyCursor.length() - 2)), 400, "BAD_CURSOR");
        for (String limit : new String[] {"0", "10001", "-1", "abc", "1.5", "99999999999"}) {
            error(api.get(Api.ADMIN, "/tables/jiraissue/rows?limit=" + limit), 400, "BAD_REQUEST");
        }
        error(api.get(Api.ADMIN, "/tables/jiraissue/rows?maxBytes=100"), 400, "BAD_REQUEST");
        error(api.get(Api.ADMIN, "/tables/jiraissue/rows?reveal=yes"), 400, "BAD_REQUEST");
        error(api.get(Api.ADMIN, "/tables/jiraissue/rows?filters=" + Api.encode("[{\"column\":\"id\",\"op\":\"EQ\",\"value\":\"x\"}]")),
                400, "BAD_FILTER");
        error(api.get(Api.ADMIN, "/audit?limit=201"), 400, "BAD_REQUEST");
        error(api.get(Api.ADMIN, "/audit?before=x"), 400, "BAD_REQUEST");
        // The table name in a URL matches the catalog exactly, or case-insensitively when unique.
        assertThat(ok(api.get(Api.ADMIN, "/tables/JIRAISSUE")).get("name").asText()).isEqualTo("jiraissue");
    }

    @Test
    void anExportIsOneAuditEntryGrownByItsPages() {
        error(api.send(Api.ADMIN, "POST", "/exports", Map.of("tables", List.of("nope"), "format", "CSV", "client", "CLI")),
                404, "NOT_FOUND");
        error(api.send(Api.ADMIN, "POST", "/exports", Map.of("tables", List.of("label"), "format", "PDF", "client", "CLI")),
                400, "BAD_REQUEST");
        error(api.send(Api.ADMIN, "POST", "/exports", Map.of("tables", List.of("label"), "format", "CSV", "client", "CLI",
                "columns", Map.of("label", List.of("nope")))), 400, "UNKNOWN_COLUMN");
        error(api.send(Api.ADMIN, "POST", "/exports", Map.of("tables", List.of("label"), "format", "CSV", "client", "CLI",
                "filters", Map.of("label", List.of(Map.of("column", "label", "op", "EQ"))))), 400, "BAD_FILTER");
        String exportId = ok(api.send(Api.ADMIN, "POST", "/exports", Map.of("tables", List.of("label", "jiraissue"),
                "format", "JSONL", "client", "CLI", "columns", Map.of("label", List.of("id", "label")),
                "filters", Map.of("label", List.of(Map.of("column", "label", "op", "NOT_NULL")))))).get("exportId").asText();
        int rows = Pager.readAll(api, "label", 50, "&columns=id,label&exportId=" + exportId).rows().size();
        rows += Pager.readAll(api, "jiraissue", 1000, "&columns=id&exportId=" + exportId).rows().size();
        error(api.get(Api.ADMIN, "/tables/worklog/rows?exportId=" + exportId), 400, "BAD_REQUEST");
        error(api.get(Api.ADMIN, "/tables/label/rows?exportId=not-a-uuid"), 400, "BAD_REQUEST");
        error(api.get(Api.ADMIN, "/tables/label/rows?exportId=" + java.util.UUID.randomUUID()), 400, "BAD_REQUEST");
        JsonNode running = entry(exportId);
        assertThat(running.get("outcome").asText()).isEqualTo("RUNNING");
        assertThat(running.get("rows").asLong()).isEqualTo(rows);
        assertThat(running.get("columns").toString()).isEqualTo("{\"label\":[\"id\",\"label\"]}");
        assertThat(running.get("format").asText()).isEqualTo("JSONL");

        ok(api.send(Api.ADMIN, "PUT", "/exports/" + exportId, Map.of("outcome", "CANCELLED", "rows", rows, "bytes", 123,
                "message", "stopped by the user")));
        error(api.send(Api.ADMIN, "PUT", "/exports/" + exportId, Map.of("outcome", "COMPLETED", "rows", 1, "bytes", 1)),
                409, "CONFLICT");
        error(api.get(Api.ADMIN, "/tables/label/rows?exportId=" + exportId), 400, "BAD_REQUEST");
        error(api.send(Api.ADMIN, "PUT", "/exports/" + java.util.UUID.randomUUID(), Map.of("outcome", "COMPLETED",
                "rows", 1, "bytes", 1)), 404, "NOT_FOUND");
        error(api.send(Api.ADMIN, "PUT", "/exports/" + exportId, Map.of("outcome", "RUNNING", "rows", 1, "bytes", 1)),
                400, "BAD_REQUEST");
        JsonNode ended = entry(exportId);
        assertThat(ended.get("outcome").asText()).isEqualTo("CANCELLED");
        assertThat(ended.get("finishedAt").asText()).isNotEmpty();
        assertThat(ended.get("message").asText()).startsWith("stopped by the user");
        assertThat(ended.get("user").asText()).isEqualTo("JIRAUSER10000");
    }

    @Test
    void aStartRepeatedWithItsClientRequestIdIsTheSameExportAndOneEntry() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> start = Map.of("tables", List.of("label"), "format", "CSV", "client", "CLI",
                "clientRequestId", key);
        long before = exportEntries();
        String exportId = ok(api.send(Api.ADMIN, "POST", "/exports", start)).get("exportId").asText();
        // The answer was lost: the engine sends the same start again, also concurrently.
        List<Future<Api.Response>> retries = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 4; i++) {
                retries.add(pool.submit(() -> api.send(Api.ADMIN, "POST", "/exports", start)));
            }
            for (Future<Api.Response> retry : retries) {
                assertThat(ok(retry.get()).get("exportId").asText()).isEqualTo(exportId);
            }
        } finally {
            pool.shutdown();
        }
        // The key in capitals is the same UUID.
        assertThat(ok(api.send(Api.ADMIN, "POST", "/exports", Map.of("tables", List.of("label"), "format", "CSV",
                "client", "CLI", "clientRequestId", key.toUpperCase(Locale.ROOT)))).get("exportId").asText())
                .isEqualTo(exportId);
        assertThat(exportEntries()).isEqualTo(before + 1);
        assertThat(entry(exportId).get("outcome").asText()).isEqualTo("RUNNING");

        error(api.send(Api.ADMIN, "POST", "/exports", Map.of("tables", List.of("jiraissue"), "format", "CSV",
                "client", "CLI", "clientRequestId", key)), 409, "CONFLICT");
        error(api.send(Api.ADMIN, "POST", "/exports", Map.of("tables", List.of("label"), "format", "XLSX",
                "client", "CLI", "clientRequestId", key)), 409, "CONFLICT");
        error(api.send(Api.ADMIN, "POST", "/exports", Map.of("tables", List.of("label"), "format", "CSV",
                "client", "CLI", "clientRequestId", "not-a-uuid")), 400, "BAD_REQUEST");
        String other = ok(api.send(Api.ADMIN, "POST", "/exports", Map.of("tables", List.of("label"), "format", "CSV",
                "client", "CLI", "clientRequestId", UUID.randomUUID().toString()))).get("exportId").asText();
        assertThat(other).isNotEqualTo(exportId);

        // Once it has ended, the same key starts a new run (a resume after a failure): one more entry.
        ok(api.send(Api.ADMIN, "PUT", "/exports/" + exportId, Map.of("outcome", "FAILED", "rows", 0, "bytes", 0)));
        String resumed = ok(api.send(Api.ADMIN, "POST", "/exports", start)).get("exportId").asText();
        assertThat(resumed).isNotEqualTo(exportId);
        assertThat(ok(api.send(Api.ADMIN, "POST", "/exports", start)).get("exportId").asText()).isEqualTo(resumed);
        assertThat(exportEntries()).isEqualTo(before + 3);
    }

    private long exportEntries() {
        long count = 0;
        Long before = null;
        do {
            JsonNode page = ok(api.get(Api.ADMIN, "/audit?limit=200" + (before == null ? "" : "&before=" + before)));
            for (JsonNode entry : page.get("entries")) {
                count += "EXPORT".equals(entry.get("kind").asText()) ? 1 : 0;
            }
            before = page.get("nextBefore").isNull() ? null : page.get("nextBefore").asLong();
        } while (before != null);
        return count;
    }

    private JsonNode entry(String exportId) {
        Long before = null;
        while (true) {
            JsonNode page = ok(api.get(Api.ADMIN, "/audit?limit=50" + (before == null ? "" : "&before=" + before)));
            for (JsonNode entry : page.get("entries")) {
                if (exportId.equals(entry.get("exportId").asText(null))) {
                    return entry;
                }
            }
            if (page.get("nextBefore").isNull()) {
                throw new AssertionError("no audit entry for " + exportId);
            }
            before = page.get("nextBefore").asLong();
        }
    }

    @Test
    void theAuditLogPagesNewestFirstWithoutGapsOrRepeats() {
        for (int i = 0; i < 7; i++) {
            ok(api.get(Api.ADMIN, "/tables/priority/rows"));
        }
        List<Long> ids = new ArrayList<>();
        Long before = null;
        do {
            JsonNode page = ok(api.get(Api.ADMIN, "/audit?limit=3" + (before == null ? "" : "&before=" + before)));
            page.get("entries").forEach(e -> ids.add(e.get("id").asLong()));
            before = page.get("nextBefore").isNull() ? null : page.get("nextBefore").asLong();
        } while (before != null && ids.size() < 30);
        assertThat(ids).hasSizeGreaterThanOrEqualTo(7).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
    }
}
