package io.tablewise.tables;

import java.sql.Types;
import java.util.List;

/** Small catalog fixtures for unit tests. */
final class TestTables {
    private TestTables() {
    }

    static ColumnMeta col(String name, int type, String typeName, Integer size, Integer scale, boolean nullable) {
        return ColumnMeta.of(name, type, typeName, size, scale, nullable);
    }

    static TableMeta cwdUser() {
        List<ColumnMeta> columns = List.of(col("id", Types.NUMERIC, "numeric", 18, 0, false),
                col("user_name", Types.VARCHAR, "varchar", 255, 0, true),
                col("credential", Types.VARCHAR, "varchar", 255, 0, true),
                col("created_date", Types.TIMESTAMP, "timestamptz", 35, 6, true),
                col("active", Types.NUMERIC, "numeric", 9, 0, true),
                col("note", Types.CLOB, "text", null, null, true));
        return new TableMeta("cwd_user", columns, List.of("id"), PagingStrategy.PRIMARY_KEY, List.of("id"), 20L, 8192L);
    }

    static TableMeta propertyEntry() {
        List<ColumnMeta> columns = List.of(col("entity_name", Types.VARCHAR, "varchar", 125, 0, false),
                col("entity_id", Types.BIGINT, "int8", 19, 0, false),
                col("entity_key", Types.VARCHAR, "varchar", 200, 0, false),
                col("string_val", Types.VARCHAR, "varchar", 255, 0, true));
        List<String> key = List.of("entity_name", "entity_id", "entity_key");
        return new TableMeta("os_propertyentry", columns, key, PagingStrategy.PRIMARY_KEY, key, null, null);
    }

    static Catalog catalog(Dialect dialect, String schema, TableMeta... tables) {
        java.util.Map<String, TableMeta> map = new java.util.LinkedHashMap<>();
        for (TableMeta table : tables) {
            map.put(table.name(), table);
        }
        return new Catalog(schema, dialect, dialect == Dialect.MYSQL ? "`" : "\"", map);
    }
}
