package io.tablewise.tables;

/** Bulk primary-key queries: table name, column name, position in the key; one parameter, the schema. */
final class KeyQueries {
    /** pg_catalog rather than information_schema: the latter is slow on a thousand tables. */
    static final String POSTGRESQL = """
            SELECT c.relname, a.attname, k.n
            FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
            JOIN pg_catalog.pg_namespace ns ON ns.oid = c.relnamespace
            CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
            JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
            WHERE i.indisprimary AND ns.nspname = ?""";

    /**
     * H2, MySQL, SQL Server (MySQL calls its databases schemas here). A subquery, not a join: H2
     * builds its information_schema views per query, and the join took seconds on 1,200 tables.
     * POSITION_IN_UNIQUE_CONSTRAINT is set only for foreign keys.
     */
    static final String INFORMATION_SCHEMA = """
            SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION
            FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE
            WHERE TABLE_SCHEMA = ? AND POSITION_IN_UNIQUE_CONSTRAINT IS NULL
              AND CONSTRAINT_NAME IN (SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
                                      WHERE CONSTRAINT_TYPE = 'PRIMARY KEY' AND TABLE_SCHEMA = ?)""";

    private KeyQueries() {
    }
}
