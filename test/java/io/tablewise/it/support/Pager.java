package io.tablewise.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads a table to its end through the row pages, as the export engine does. */
public final class Pager {
    public record Result(List<String> rows, List<JsonNode> pages) {
    }

    private Pager() {
    }

    /** @param query extra query parameters, starting with '&' (or empty) */
    public static Result readAll(Api api, String table, int limit, String query) {
        return readFrom(api, table, limit, query, null);
    }

    public static Result readFrom(Api api, String table, int limit, String query, String cursor) {
        List<String> rows = new ArrayList<>();
        List<JsonNode> pages = new ArrayList<>();
        String after = cursor;
        do {
            Api.Response response = api.get(Api.ADMIN, "/tables/" + Api.encode(table) + "/rows?limit=" + limit + query
                    + (after == null ? "" : "&after=" + after));
            assertThat(response.status()).as("%s %s", table, response.body()).isEqualTo(200);
            JsonNode page = response.json();
            assertThat(page.get("table").asText()).isEqualTo(table);
            assertThat(page.get("rows").size()).isLessThanOrEqualTo(limit);
            page.get("rows").forEach(row -> rows.add(row.toString()));
            pages.add(page);
            after = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            assertThat(pages.size()).as("pages of " + table).isLessThan(100_000);
        } while (after != null);
        return new Result(rows, pages);
    }
}
