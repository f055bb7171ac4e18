package io.tablewise.tables;

/** GET /tables/{table}/rows as the client sent it; RowPageService validates every field. */
public record PageRequest(String table, String columns, String after, String limit, String maxBytes, String filters,
        String reveal, String exportId) {
}
