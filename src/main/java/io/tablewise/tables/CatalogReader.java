package io.tablewise.tables;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads tables, columns and keys from JDBC metadata: a fixed number of round trips whatever the
 * number of tables (one getTables, one getColumns, one key query), except where a database
 * offers no bulk key query.
 */
final class CatalogReader {
    static final int TIMEOUT_SECONDS = 60;
    private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE");

    /** Where the product's tables are: what the host names, else the connection's own schema. */
    record Scope(String catalog, String schema, String qualifier, Dialect dialect, String quote) {
    }

    /** A table's name and columns, before keys are known. */
    record RawTable(String name, List<ColumnMeta> columns) {
    }

    private CatalogReader() {
    }

    static Scope scope(Connection connection, String hostSchema) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = hostSchema;
        if (schema == null) {
            try {
                schema = connection.getSchema();
            } catch (SQLException | AbstractMethodError e) {
                schema = null;
            }
        }
        return new Scope(connection.getCatalog(), schema, hostSchema, Dialect.of(meta.getDatabaseProductName()),
                meta.getIdentifierQuoteString());
    }

    static List<RawTable> tables(Connection connection, Scope scope) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schemaPattern = pattern(scope.schema(), meta.getSearchStringEscape());
        Map<String, List<ColumnMeta>> columns = new LinkedHashMap<>();
        try (ResultSet rs = meta.getTables(scope.catalog(), schemaPattern, "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if (inScope(scope, rs.getString("TABLE_SCHEM")) && type != null
                        && TABLE_TYPES.contains(type.toUpperCase(Locale.ROOT))) {
                    columns.put(rs.getString("TABLE_NAME"), new ArrayList<>());
                }
            }
        }
        Map<String, Map<Integer, ColumnMeta>> ordered = new HashMap<>();
        try (ResultSet rs = meta.getColumns(scope.catalog(), schemaPattern, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (!columns.containsKey(table) || !inScope(scope, rs.getString("TABLE_SCHEM"))) {
                    continue;
                }
                ColumnMeta column = ColumnMeta.of(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"),
                        rs.getString("TYPE_NAME"), integer(rs, "COLUMN_SIZE"), integer(rs, "DECIMAL_DIGITS"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls);
                ordered.computeIfAbsent(table, t -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"), column);
            }
        }
        List<RawTable> tables = new ArrayList<>();
        columns.keySet().stream().sorted(Comparator.comparing((String n) -> n.toLowerCase(Locale.ROOT))
                .thenComparing(Comparator.naturalOrder())).forEach(name -> tables.add(
                        new RawTable(name, List.copyOf(ordered.getOrDefault(name, Map.of()).values()))));
        return tables;
    }

    /**
     * Primary keys of every table in one query, or null when the database has no such query (or
     * it failed: the caller then asks table by table, in a fresh transaction).
     */
    static Map<String, List<String>> primaryKeysInBulk(Connection connection, Scope scope) throws SQLException {
        String owner = scope.schema() != null ? scope.schema() : scope.catalog();
        if (!scope.dialect().informationSchemaKeys() || owner == null) {
            return null;
        }
        String sql = scope.dialect() == Dialect.POSTGRESQL ? KeyQueries.POSTGRESQL : KeyQueries.INFORMATION_SCHEMA;
        Map<String, TreeMap<Integer, String>> keys = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.setString(1, owner);
            if (sql.equals(KeyQueries.INFORMATION_SCHEMA)) {
                statement.setString(2, owner);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    keys.computeIfAbsent(rs.getString(1), t -> new TreeMap<>()).put(rs.getInt(3), rs.getString(2));
                }
            }
        }
        Map<String, List<String>> result = new HashMap<>();
        keys.forEach((table, columns) -> result.put(table, List.copyOf(columns.values())));
        return result;
    }

    static Map<String, List<String>> primaryKeysOneByOne(Connection connection, Scope scope,
            Collection<String> tables) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, List<String>> result = new HashMap<>();
        for (String table : tables) {
            TreeMap<Integer, String> columns = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(scope.catalog(), scope.schema(), table)) {
                while (rs.next()) {
                    columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
            result.put(table, List.copyOf(columns.values()));
        }
        return result;
    }

    /** Unique indexes of a table, each as its columns in index order; partial indexes left out. */
    static List<List<String>> uniqueKeys(Connection connection, Scope scope, String table) throws SQLException {
        Map<String, TreeMap<Integer, String>> indexes = new TreeMap<>();
        Set<String> partial = new java.util.HashSet<>();
        try (ResultSet rs = connection.getMetaData().getIndexInfo(scope.catalog(), scope.schema(), table, true, true)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic
                        || rs.getBoolean("NON_UNIQUE")) {
                    continue;
                }
                if (rs.getString("FILTER_CONDITION") != null) {
                    partial.add(index);
                }
                indexes.computeIfAbsent(index, i -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"),
                        rs.getString("COLUMN_NAME"));
            }
        }
        List<List<String>> keys = new ArrayList<>();
        indexes.forEach((index, columns) -> {
            if (!partial.contains(index)) {
                keys.add(List.copyOf(columns.values()));
            }
        });
        return keys;
    }

    private static boolean inScope(Scope scope, String schema) {
        return scope.schema() == null || scope.schema().equals(schema);
    }

    private static String pattern(String name, String escape) {
        if (name == null) {
            return null;
        }
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
