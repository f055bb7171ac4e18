package io.tablewise.it.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tablewise.devhost.sample.SampleDatabase;
import io.tablewise.it.support.Api;
import io.tablewise.it.support.ExpectedRows;
import io.tablewise.it.support.ExtraTables;
import io.tablewise.it.support.HostedTest;
import io.tablewise.it.support.Pager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Catalog and row pages, compared with direct SQL reads of the same database. */
abstract class PagingContract extends HostedTest {

    private JsonNode detail(String table) {
        Api.Response response = api.get(Api.ADMIN, "/tables/" + Api.encode(table));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private List<String> tablesToCompare() {
        List<String> tables = new ArrayList<>(SampleDatabase.tableNames());
        tables.addAll(List.of(ExtraTables.NO_KEY, ExtraTables.UNIQUE_KEY, ExtraTables.ODD, ExtraTables.RESUME));
        return tables;
    }

    /** The direct read in the order the API promises (key order), or null for a full-row-order table. */
    private List<String> expected(Connection connection, String table) throws Exception {
        JsonNode detail = detail(table);
        String strategy = detail.get("pagingStrategy").asText();
        List<String> order = switch (strategy) {
            case "PRIMARY_KEY" -> strings(detail.get("primaryKey"));
            case "UNIQUE_KEY" -> List.of("code", "seq");
            default -> List.of();
        };
        return ExpectedRows.read(connection, table, order);
    }

    @Test
    void theCatalogListsEveryTableWithItsColumnsAndKey() throws Exception {
        JsonNode list = api.get(Api.ADMIN, "/tables").json();
        Map<String, JsonNode> byName = new TreeMap<>();
        list.get("tables").forEach(t -> byName.put(t.get("name").asText(), t));
        assertThat(byName.keySet()).containsAll(tablesToCompare())
                .contains("AO_B3BDF1_AUDIT_ENTRY", "AO_B3BDF1_SETTING");
        try (Connection connection = host.connect()) {
            for (String table : tablesToCompare()) {
                JsonNode detail = detail(table);
                assertThat(strings(names(detail)))
                        .as(table).isEqualTo(ExpectedRows.columns(connection, table));
                assertThat(strings(detail.get("primaryKey"))).as(table).isEqualTo(primaryKey(connection, table));
                assertThat(byName.get(table).get("columnCount").asInt()).isEqualTo(detail.get("columns").size());
            }
        }
        assertThat(detail("confancestors").get("primaryKey").toString()).isEqualTo("[\"descendentid\",\"ancestorposition\"]");
        assertThat(detail("jiraissue").get("pagingStrategy").asText()).isEqualTo("PRIMARY_KEY");
        assertThat(detail("hibernate_unique_key").get("pagingStrategy").asText()).isEqualTo("FULL_ROW_ORDER");
        assertThat(detail(ExtraTables.NO_KEY).get("pagingStrategy").asText()).isEqualTo("FULL_ROW_ORDER");
        assertThat(detail(ExtraTables.UNIQUE_KEY).get("pagingStrategy").asText()).isEqualTo("UNIQUE_KEY");
        JsonNode sprint = byName.get("AO_60DB71_SPRINT");
        assertThat(sprint.get("group").asText()).isEqualTo("OTHER_APP");
        assertThat(sprint.get("aoOwner").asText()).isEqualTo("60DB71");
        assertThat(byName.get("AO_B3BDF1_AUDIT_ENTRY").get("group").asText()).isEqualTo("THIS_APP");
        assertThat(byName.get("jiraissue").get("group").asText()).isEqualTo("CORE");
        assertThat(byName.get("jiraissue").get("aoOwner").isNull()).isTrue();
        assertThat(byName.get("jiraissue").get("estimatedRows").isNull() || byName.get("jiraissue").get("estimatedRows").asLong() >= 0)
                .isTrue();
        if (host.postgres()) {
            assertThat(byName.get("jiraissue").get("sizeBytes").asLong()).isPositive();
        }
        JsonNode issue = detail("jiraissue");
        assertThat(issue.get("columns").get(0).toString()).contains("\"name\":\"id\"", "\"nullable\":false", "\"kind\":\"BIGINT\"");
    }

    private static JsonNode names(JsonNode detail) {
        com.fasterxml.jackson.databind.node.ArrayNode names = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        detail.get("columns").forEach(c -> names.add(c.get("name").asText()));
        return names;
    }

    private static List<String> primaryKey(Connection connection, String table) throws Exception {
        TreeMap<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = connection.getMetaData().getPrimaryKeys(null, null, table)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(key.values());
    }

    @Test
    void pagingEveryTableToTheEndReturnsEveryRowExactlyOnceAsADirectReadDoes() throws Exception {
        String exportId = api.send(Api.ADMIN, "POST", "/exports", Map.of("tables", tablesToCompare(), "format", "CSV",
                "client", "API", "reveal", true)).json().get("exportId").asText();
        long served = 0;
        try (Connection connection = host.connect()) {
            for (String table : tablesToCompare()) {
                List<String> expected = expected(connection, table);
                boolean ordered = !detail(table).get("pagingStrategy").asText().equals("FULL_ROW_ORDER");
                for (int limit : new int[] {7, 100, 1000, 10_000}) {
                    Pager.Result result = Pager.readAll(api, table, limit, "&reveal=true&exportId=" + exportId);
                    served += result.rows().size();
                    if (ordered) {
                        assertThat(result.rows()).as("%s by %d", table, limit).isEqualTo(expected);
                    } else {
                        assertThat(result.rows()).as("%s by %d", table, limit).containsExactlyInAnyOrderElementsOf(expected);
                    }
                    assertThat(result.pages().get(result.pages().size() - 1).get("nextCursor").isNull()).isTrue();
                }
            }
        }
        assertThat(api.send(Api.ADMIN, "PUT", "/exports/" + exportId, Map.of("outcome", "COMPLETED", "rows", served,
                "bytes", 1)).status()).isEqualTo(204);
        JsonNode entry = auditEntryOf(exportId);
        assertThat(entry.get("rows").asLong()).isEqualTo(served);
        assertThat(entry.get("revealed").asBoolean()).isTrue();
        assertThat(entry.get("outcome").asText()).isEqualTo("COMPLETED");
    }

    private JsonNode auditEntryOf(String exportId) {
        for (JsonNode entry : api.get(Api.ADMIN, "/audit?limit=200").json().get("entries")) {
            if (exportId.equals(entry.get("exportId").asText(null))) {
                return entry;
            }
        }
        throw new AssertionError("No audit entry for export " + exportId);
    }

    @Test
    void theSampleEdgeValuesSurviveTheWire() throws Exception {
        List<String> rows = Pager.readAll(api, "jiraissue", 1000, "&columns=id,summary,description").rows();
        String all = String.join("\n", rows);
        assertThat(all).contains("\"导出功能无法处理大文件 / 大きなファイルをエクスポートできない / 큰 파일 내보내기 실패\"",
                "Rocket launch 🚀 fails with 🔥", "\"Line one\\r\\nline two (CRLF)\"", "\"\"", "null",
                "\"900719925474099301\"", "\"'; DROP TABLE jiraissue; --\"");
        assertThat(rows).anySatisfy(row -> assertThat(row.length()).isGreaterThan(250_000));
        List<String> binary = Pager.readAll(api, "attachmentdata", 1000, "").rows();
        assertThat(String.join("", binary)).matches("(?s).*\"[A-Za-z0-9+/]{40,}={0,2}\".*");
    }

    @Test
    void aPageStopsAtMaxBytesButHoldsAtLeastOneRow() {
        int maxBytes = 65_536;
        Pager.Result result = Pager.readAll(api, "jiraissue", 10_000, "&maxBytes=" + maxBytes);
        assertThat(result.pages().size()).isGreaterThan(3);
        for (JsonNode page : result.pages()) {
            JsonNode rows = page.get("rows");
            assertThat(rows.size()).isPositive();
            int withoutLast = page.toString().length() - rows.get(rows.size() - 1).toString().length();
            // The page passes maxBytes only by its last row (bytes vs characters: UTF-8 is longer).
            assertThat(rows.size() == 1 || withoutLast <= maxBytes).as("page of %d rows", rows.size()).isTrue();
        }
        assertThat(result.rows()).hasSize(200);
    }

    @Test
    void anInterruptedReadResumedFromItsCursorLosesAndRepeatsNothing() throws Exception {
        String table = ExtraTables.RESUME;
        JsonNode first = api.get(Api.ADMIN, "/tables/" + table + "/rows?limit=60").json();
        JsonNode second = api.get(Api.ADMIN, "/tables/" + table + "/rows?limit=60&after=" + first.get("nextCursor").asText()).json();
        String resumeFrom = second.get("nextCursor").asText();
        // The third page is lost with the connection; meanwhile the table changes behind the cursor
        // and ahead of it.
        api.get(Api.ADMIN, "/tables/" + table + "/rows?limit=60&after=" + resumeFrom);
        try (Connection connection = host.connect(); Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM \"it_resume\" WHERE \"id\" IN (1, 3, 801)");
            s.executeUpdate("INSERT INTO \"it_resume\" VALUES (2, 'behind'), (802, 'ahead')");
        }
        List<String> rows = new ArrayList<>();
        first.get("rows").forEach(r -> rows.add(r.toString()));
        second.get("rows").forEach(r -> rows.add(r.toString()));
        rows.addAll(Pager.readFrom(api, table, 37, "", resumeFrom).rows());
        Set<String> ids = new HashSet<>();
        for (String row : rows) {
            assertThat(ids.add(row.substring(0, row.indexOf(',')))).as("repeated " + row).isTrue();
        }
        // Every original row once; of the changes, exactly those ahead of the cursor.
        assertThat(rows).hasSize(ExtraTables.RESUME_ROWS - 1 + 1);
        assertThat(rows).contains("[\"1\",\"row 0\"]", "[\"802\",\"ahead\"]").doesNotContain("[\"2\",\"behind\"]",
                "[\"801\",\"row 400\"]");
    }

    @Test
    void namesThatNeedQuotingWork() throws Exception {
        String column = Api.encode(ExtraTables.ODD_COLUMN);
        JsonNode page = api.get(Api.ADMIN, "/tables/" + Api.encode(ExtraTables.ODD) + "/rows?columns=select," + column).json();
        assertThat(page.get("columns").toString()).isEqualTo("[\"select\",\"we\\\"ird col\"]");
        assertThat(page.get("rows").toString()).isEqualTo("[[\"x1\",1],[\"x2\",2],[\"x3\",3]]");
    }

    @Test
    void compositeAndKeylessTablesPageCompletelyByOne() throws Exception {
        try (Connection connection = host.connect()) {
            for (String table : List.of("confancestors", ExtraTables.NO_KEY, ExtraTables.UNIQUE_KEY)) {
                List<String> rows = Pager.readAll(api, table, 1, "").rows();
                assertThat(rows).as(table).containsExactlyInAnyOrderElementsOf(expected(connection, table));
            }
        }
    }
}
