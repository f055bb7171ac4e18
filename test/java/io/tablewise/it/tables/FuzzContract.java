package io.tablewise.it.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tablewise.it.support.Api;
import io.tablewise.it.support.HostedTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A few thousand random and hostile table names, column lists, filters, cursors and bodies,
 * seeded (TABLEWISE_FUZZ_SEED) and time-bounded. Whatever arrives: never a 5xx, never a database
 * error text, and a page is always of the table asked for, with columns of that table only.
 */
abstract class FuzzContract extends HostedTest {
    static final int REQUESTS = 2500;
    static final long MAX_MILLIS = 240_000;
    private static final Set<String> CODES = Set.of("NOT_FOUND", "BAD_REQUEST", "UNKNOWN_COLUMN", "BAD_FILTER",
            "BAD_CURSOR", "NOT_SUPPORTED");
    /** What a database or driver error, or a stack trace, would leave in a body. */
    private static final Pattern LEAK = Pattern.compile(
            "SQL|sql|Exception|ERROR:|org\\.h2|org\\.postgresql|syntax|relation|column \"|\\bat [a-z]+\\.[a-z]+\\.|Caused by");

    @Test
    void hostileRequestsGetCleanAnswersAndNeverForeignData() {
        long seed = Long.parseLong(System.getenv().getOrDefault("TABLEWISE_FUZZ_SEED", "20261122"));
        Map<String, Set<String>> catalog = new HashMap<>();
        Map<String, Map<String, String>> kinds = new HashMap<>();
        for (JsonNode table : api.get(Api.ADMIN, "/tables").json().get("tables")) {
            String name = table.get("name").asText();
            Set<String> names = new HashSet<>();
            Map<String, String> byColumn = new HashMap<>();
            api.get(Api.ADMIN, "/tables/" + Api.encode(name)).json().get("columns").forEach(c -> {
                names.add(c.get("name").asText());
                byColumn.put(c.get("name").asText(), c.get("kind").asText());
            });
            catalog.put(name, names);
            kinds.put(name, byColumn);
        }
        List<String> tables = new ArrayList<>(catalog.keySet());
        List<String> columns = catalog.values().stream().flatMap(Set::stream).distinct().toList();
        HostileInputs in = new HostileInputs(seed, tables, columns);
        Map<String, String> cursors = new HashMap<>();
        long start = System.currentTimeMillis();
        int sent = 0;
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (; sent < REQUESTS && System.currentTimeMillis() - start < MAX_MILLIS; sent++) {
            boolean plausible = in.nextInt(2) == 0;
            String table = plausible ? in.pick(tables) : in.table();
            String path = "/tables/" + encodePath(table);
            Api.Response response;
            String description;
            switch (in.nextInt(10)) {
                case 0 -> {
                    description = "GET " + path;
                    response = api.get(Api.ADMIN, path);
                }
                case 1 -> {
                    String id = in.pick(List.of("10000", "1", "900719925474099301", in.randomText(), "x' OR '1'='1"));
                    description = "GET " + path + "/rows/" + id;
                    response = api.get(Api.ADMIN, path + "/rows/" + encodePath(id) + "?columns=" + Api.encode(in.columnList()));
                }
                case 2 -> {
                    String body = "{\"ids\":[" + in.value() + "," + in.value() + "],\"columns\":[" + HostileInputs.jsonString(in.column())
                            + "],\"reveal\":" + in.pick(List.of("true", "false", "1", "\"x\"")) + "}";
                    description = "POST " + path + "/rows/batch " + body;
                    try {
                        response = api.send(Api.ADMIN, "POST", path + "/rows/batch", body, "application/json", true);
                    } catch (java.io.UncheckedIOException e) {
                        throw new AssertionError(description + " -> no answer", e);
                    }
                }
                default -> {
                    StringBuilder query = new StringBuilder("?limit=").append(Api.encode(!plausible && in.nextInt(3) == 0 ? in.number() : "5"));
                    if (!plausible && in.nextInt(2) == 0) {
                        query.append("&columns=").append(Api.encode(in.columnList()));
                    }
                    if (plausible) {
                        query.append("&reveal=true&filters=").append(Api.encode(in.plausibleFilter(kinds.get(table))));
                    } else if (in.nextInt(2) == 0) {
                        query.append("&filters=").append(Api.encode(in.filters()));
                    }
                    if (in.nextInt(plausible ? 4 : 2) == 0) {
                        query.append("&after=").append(Api.encode(in.cursor(cursors.get(in.pick(tables)))));
                    }
                    if (in.nextInt(4) == 0) {
                        query.append("&maxBytes=").append(Api.encode(in.number()));
                    }
                    if (!plausible && in.nextInt(6) == 0) {
                        query.append("&reveal=").append(Api.encode(in.pick(List.of("true", "false", "TRUE", "1", ""))));
                    }
                    description = "GET " + path + "/rows" + query;
                    response = api.get(Api.ADMIN, path + "/rows" + query);
                }
            }
            statuses.merge(response.status(), 1, Integer::sum);
            check(description, table, response, catalog, cursors);
        }
        System.out.println("Fuzz (seed " + seed + "): " + sent + " requests, by status " + statuses);
        assertThat(sent).isGreaterThanOrEqualTo(1000);
        // Hostile but not hopeless: a good share must reach the database and come back with rows.
        assertThat(statuses.getOrDefault(200, 0)).isGreaterThan(sent / 10);
    }

    private static void check(String request, String table, Api.Response response, Map<String, Set<String>> catalog,
            Map<String, String> cursors) {
        assertThat(response.status()).as(request + " -> " + response.body()).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(LEAK.matcher(response.body()).find()).as(request + " -> " + response.body()).isFalse();
            if (response.body().startsWith("{")) {
                assertThat(response.errorCode()).as(request + " -> " + response.body()).isIn(CODES);
            }
            return;
        }
        JsonNode body = response.json();
        if (body.has("tables") && table.isEmpty()) {
            return; // "/tables/" is the list itself
        }
        String answered = body.has("table") ? body.get("table").asText() : body.get("name").asText();
        assertThat(answered).as(request).isEqualTo(resolve(table, catalog));
        Set<String> allowed = catalog.get(answered);
        body.path("columns").forEach(c -> assertThat(allowed).as(request).contains(c.isTextual() ? c.asText() : c.get("name").asText()));
        for (JsonNode row : body.path("rows")) {
            assertThat(row.size()).as(request).isEqualTo(body.get("columns").size());
        }
        if (body.hasNonNull("nextCursor")) {
            cursors.put(answered, body.get("nextCursor").asText());
        }
    }

    /** The catalog's rule: the exact name, else the only case-insensitive match. */
    private static String resolve(String requested, Map<String, Set<String>> catalog) {
        if (catalog.containsKey(requested)) {
            return requested;
        }
        List<String> folded = catalog.keySet().stream()
                .filter(t -> t.toLowerCase(Locale.ROOT).equals(requested.toLowerCase(Locale.ROOT))).toList();
        return folded.size() == 1 ? folded.get(0) : "(none)";
    }

    /** One path segment; dots too, so ".." cannot leave the resource. */
    private static String encodePath(String segment) {
        return Api.encode(segment).replace(".", "%2E").replace("*", "%2A");
    }
}
