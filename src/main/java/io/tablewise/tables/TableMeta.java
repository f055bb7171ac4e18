package io.tablewise.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One table of the catalog: its columns in database order, its primary key, and the key rows are
 * paged by (the primary key, else a unique key of non-null columns, else none: FULL_ROW_ORDER).
 */
record TableMeta(String name, List<ColumnMeta> columns, List<String> primaryKey, PagingStrategy strategy,
        List<String> pagingKey, Long estimatedRows, Long sizeBytes, Map<String, Redaction> builtInRedactions) {

    /** The built-in redaction rules depend on names and types only: applied once, when the catalog is read. */
    TableMeta(String name, List<ColumnMeta> columns, List<String> primaryKey, PagingStrategy strategy,
            List<String> pagingKey, Long estimatedRows, Long sizeBytes) {
        this(name, columns, primaryKey, strategy, pagingKey, estimatedRows, sizeBytes, builtIn(name, columns));
    }

    private static Map<String, Redaction> builtIn(String table, List<ColumnMeta> columns) {
        Map<String, Redaction> redactions = new HashMap<>();
        for (ColumnMeta column : columns) {
            Redaction redaction = RedactionRules.builtIn(table, column);
            if (redaction != null) {
                redactions.put(column.name(), redaction);
            }
        }
        return Map.copyOf(redactions);
    }

    Redaction builtInRedaction(ColumnMeta column) {
        return builtInRedactions.get(column.name());
    }

    TableGroup group() {
        return AoTables.groupOf(name);
    }

    String aoOwner() {
        return AoTables.ownerOf(name);
    }

    /** Exact name first; a case-insensitive match only when exactly one column has it. */
    ColumnMeta column(String requested) {
        ColumnMeta folded = null;
        int foldedMatches = 0;
        for (ColumnMeta column : columns) {
            if (column.name().equals(requested)) {
                return column;
            }
            if (column.name().toLowerCase(Locale.ROOT).equals(requested.toLowerCase(Locale.ROOT))) {
                folded = column;
                foldedMatches++;
            }
        }
        return foldedMatches == 1 ? folded : null;
    }

    List<ColumnMeta> pagingKeyColumns() {
        return pagingKey.stream().map(this::column).toList();
    }

    /** FULL_ROW_ORDER sorts by every column the database can compare, in table order. */
    List<ColumnMeta> fullRowOrder() {
        return columns.stream().filter(ColumnMeta::comparable).toList();
    }

    TableMeta withEstimates(Long rows, Long bytes) {
        return new TableMeta(name, columns, primaryKey, strategy, pagingKey, rows, bytes, builtInRedactions);
    }
}
