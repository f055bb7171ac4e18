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

    /** H2, MySQL, SQL Server (MySQL calls its databases schemas here). */
    static final String INFORMATION_SCHEMA = """
            SELECT kcu.TABLE_NAME, kcu.COLUMN_NAME, kcu.ORDINAL_POSITION
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE kcu
              ON kcu.CONSTRAINT_NAME = tc.CONSTRAINT_NAME AND kcu.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
             AND kcu.TABLE_NAME = tc.TABLE_NAME AND kcu.TABLE_SCHEMA = tc.TABLE_SCHEMA
            WHERE tc.CONSTRAINT_TYPE = 'PRIMARY KEY' AND tc.TABLE_SCHEMA = ?""";

    private KeyQueries() {
    }
}
