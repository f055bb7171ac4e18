package io.tablewise.tables;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Chooses the key a table's rows are paged by (docs/paging.md). */
final class PagingKeys {
    private PagingKeys() {
    }

    /** The table paged by its primary key, or null when it has none the keyset can use. */
    static TableMeta withPrimaryKey(CatalogReader.RawTable raw, List<String> primaryKey) {
        if (primaryKey.isEmpty() || !usable(raw, primaryKey, false)) {
            return null;
        }
        return new TableMeta(raw.name(), raw.columns(), primaryKey, PagingStrategy.PRIMARY_KEY, primaryKey, null, null);
    }

    /** The narrowest unique key of non-null, comparable columns; else FULL_ROW_ORDER. */
    static TableMeta withoutUsablePrimaryKey(CatalogReader.RawTable raw, List<String> primaryKey,
            List<List<String>> uniqueKeys) {
        List<String> best = uniqueKeys.stream().filter(key -> usable(raw, key, true))
                .min(Comparator.comparingInt(List<String>::size)).orElse(null);
        if (best != null) {
            return new TableMeta(raw.name(), raw.columns(), primaryKey, PagingStrategy.UNIQUE_KEY, best, null, null);
        }
        return new TableMeta(raw.name(), raw.columns(), primaryKey, PagingStrategy.FULL_ROW_ORDER, List.of(), null,
                null);
    }

    private static boolean usable(CatalogReader.RawTable raw, List<String> key, boolean mustBeNotNull) {
        for (String name : key) {
            ColumnMeta column = raw.columns().stream().filter(c -> Objects.equals(c.name(), name)).findFirst()
                    .orElse(null);
            if (column == null || !WireValues.bindable(column) || (mustBeNotNull && column.nullable())) {
                return false;
            }
        }
        return true;
    }
}
