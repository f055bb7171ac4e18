package io.tablewise.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Where the next page starts: after the given key values (keyset), or after {@code offset} rows
 * (FULL_ROW_ORDER, or a key the caller may not see). Key values are kept in wire form; the
 * service converts them to the key columns' types.
 */
record PageCursor(String table, List<String> keyColumns, List<JsonNode> keyValues, Long offset) {

    static PageCursor keyset(String table, List<String> keyColumns, List<JsonNode> keyValues) {
        return new PageCursor(table, List.copyOf(keyColumns), List.copyOf(keyValues), null);
    }

    static PageCursor offset(String table, long offset) {
        return new PageCursor(table, List.of(), List.of(), offset);
    }

    boolean isOffset() {
        return offset != null;
    }
}
