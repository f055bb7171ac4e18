package io.tablewise.tables;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * A snapshot of the product schema's tables. Table names from requests are only ever used to
 * find a TableMeta here; SQL is built from the catalog's own spelling.
 *
 * @param schema    the schema the host names (tables are qualified with it), or null
 * @param quote     the database's identifier quote string
 */
record Catalog(String schema, Dialect dialect, String quote, Map<String, TableMeta> tables) {

    Collection<TableMeta> all() {
        return tables.values();
    }

    /** Exact name first; a case-insensitive match only when exactly one table has it. */
    TableMeta table(String requested) {
        TableMeta exact = tables.get(requested);
        if (exact != null) {
            return exact;
        }
        TableMeta folded = null;
        String lower = requested.toLowerCase(Locale.ROOT);
        for (TableMeta table : tables.values()) {
            if (table.name().toLowerCase(Locale.ROOT).equals(lower)) {
                if (folded != null) {
                    return null;
                }
                folded = table;
            }
        }
        return folded;
    }

    SqlNames names() {
        return new SqlNames(quote, schema);
    }
}
