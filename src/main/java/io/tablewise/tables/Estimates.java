package io.tablewise.tables;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Row counts and sizes from the database's statistics, never COUNT(*): one query for all tables.
 * Where the database does not tell, the answer is empty; the caller treats any failure the same.
 */
final class Estimates {
    record Estimate(Long rows, Long bytes) {
    }

    /**
     * Statistics only: pg_total_relation_size would lock every table, index and TOAST table in one
     * transaction (thousands of locks on a large instance, beyond max_locks_per_transaction), so
     * the size is the page counts VACUUM/ANALYZE keep in pg_class. A table never analyzed has no
     * size (null) and its row count comes from the statistics collector.
     */
    private static final String POSTGRESQL = """
            SELECT c.relname,
                   CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint ELSE s.n_live_tup END,
                   CASE WHEN c.relpages > 0 THEN
                     (c.relpages::bigint + COALESCE(t.relpages, 0)
                      + COALESCE((SELECT SUM(ic.relpages) FROM pg_catalog.pg_index x
                                  JOIN pg_catalog.pg_class ic ON ic.oid = x.indexrelid WHERE x.indrelid = c.oid), 0))
                     * current_setting('block_size')::bigint END
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace ns ON ns.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class t ON t.oid = c.reltoastrelid
            LEFT JOIN pg_catalog.pg_stat_user_tables s ON s.relid = c.oid
            WHERE ns.nspname = ? AND c.relkind IN ('r', 'p')""";
    private static final String H2 = """
            SELECT TABLE_NAME, ROW_COUNT_ESTIMATE, CAST(NULL AS BIGINT)
            FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ?""";
    private static final String MYSQL = """
            SELECT TABLE_NAME, TABLE_ROWS, DATA_LENGTH + INDEX_LENGTH
            FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?""";
    private static final String SQL_SERVER = """
            SELECT t.name, SUM(CASE WHEN p.index_id IN (0, 1) THEN p.row_count ELSE 0 END),
                   SUM(p.reserved_page_count) * 8192
            FROM sys.dm_db_partition_stats p
            JOIN sys.tables t ON t.object_id = p.object_id
            JOIN sys.schemas s ON s.schema_id = t.schema_id
            WHERE s.name = ? GROUP BY t.name""";
    private static final String ORACLE = """
            SELECT t.table_name, t.num_rows, s.bytes
            FROM all_tables t
            LEFT JOIN (SELECT segment_name, SUM(bytes) bytes FROM user_segments GROUP BY segment_name) s
              ON s.segment_name = t.table_name
            WHERE t.owner = ?""";

    private Estimates() {
    }

    static Map<String, Estimate> read(Connection connection, CatalogReader.Scope scope) throws SQLException {
        String owner = scope.dialect() == Dialect.MYSQL && scope.schema() == null ? scope.catalog() : scope.schema();
        String sql = switch (scope.dialect()) {
            case POSTGRESQL -> POSTGRESQL;
            case H2 -> H2;
            case MYSQL -> MYSQL;
            case SQL_SERVER -> SQL_SERVER;
            case ORACLE -> ORACLE;
            case OTHER -> null;
        };
        Map<String, Estimate> estimates = new HashMap<>();
        if (sql == null || owner == null) {
            return estimates;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(CatalogReader.TIMEOUT_SECONDS);
            statement.setString(1, owner);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    estimates.put(rs.getString(1), new Estimate(nonNegative(rs, 2), nonNegative(rs, 3)));
                }
            }
        }
        return estimates;
    }

    private static Long nonNegative(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() || value < 0 ? null : value;
    }
}
