package io.tablewise.devhost.sample;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * The two databases the dev host runs on. PostgreSQL gets the exact spelling of the real dumps;
 * H2 gets the H2 2.x names that behave like them:
 * <ul>
 * <li>{@code varchar(n)} → {@code CHARACTER VARYING(n)}, {@code character(n)} → {@code CHARACTER(n)}.</li>
 * <li>{@code text} → {@code CHARACTER VARYING} without a length. H2 2.x allows 1,000,000,000
 * characters there, so it holds the 1.1 MB page body; like PostgreSQL's text it is read and
 * written as a plain string and JDBC reports it as VARCHAR on both. {@code CHARACTER LARGE OBJECT}
 * would have shown up as CLOB on H2 only and made inserting jiraissue about a fifth slower.</li>
 * <li>{@code bytea} → {@code BINARY VARYING} without a length, for the same reasons (VARBINARY
 * rather than BLOB, read with getBytes like bytea).</li>
 * <li>{@code timestamptz} → {@code TIMESTAMP WITH TIME ZONE}, {@code timestamp} →
 * {@code TIMESTAMP}: both micro-second precision, like PostgreSQL.</li>
 * <li>numeric(p,s), bigint, integer, smallint, boolean, double precision: same names.</li>
 * </ul>
 */
enum Dialect {
    H2,
    POSTGRESQL;

    static Dialect detect(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String product = meta.getDatabaseProductName();
        if ("H2".equalsIgnoreCase(product)) {
            if (meta.getDatabaseMajorVersion() < 2) {
                throw new SQLException("H2 " + meta.getDatabaseProductVersion() + " is too old: the sample needs H2 2.x");
            }
            return H2;
        }
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            return POSTGRESQL;
        }
        throw new SQLException("The sample database supports H2 2.x and PostgreSQL, not " + product);
    }

    /**
     * "Indexes where cheap": PostgreSQL builds every index of the dumps in a fraction of the load
     * time. H2 builds an index by reading back and decoding every row of the table, once per index;
     * on the default sample that was 40% of H2's seeding time (over a minute for jiraissue's eleven
     * indexes alone on this machine), so H2 gets the primary and unique keys only. Nothing in the product reads
     * through a secondary index: pages are read in primary-key order.
     */
    boolean buildsSecondaryIndexes() {
        return this == POSTGRESQL;
    }

    /**
     * H2's MVStore keeps every row of an open transaction in an undo log and revisits them all at
     * commit; committing each batch while its pages are still cached took 12–20% less CPU on the
     * large tables and keeps the undo log small. The marker says "seeding" until the end, so an
     * interrupted run is still rebuilt. PostgreSQL loads each table in one transaction.
     */
    boolean commitsEachBatch() {
        return this == H2;
    }

    /** Always quoted: real core names are lower-case and AO names upper-case, H2 would fold unquoted ones. */
    String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    String sqlType(ColumnType type) {
        return switch (type.kind()) {
            case NUMERIC_18 -> "NUMERIC(18,0)";
            case NUMERIC_9 -> "NUMERIC(9,0)";
            case BIGINT -> "BIGINT";
            case INTEGER -> "INTEGER";
            case SMALLINT -> "SMALLINT";
            case BOOLEAN -> "BOOLEAN";
            case DOUBLE -> "DOUBLE PRECISION";
            case VARCHAR -> (this == H2 ? "CHARACTER VARYING(" : "character varying(") + type.length() + ")";
            case CHAR -> (this == H2 ? "CHARACTER(" : "character(") + type.length() + ")";
            case TEXT -> this == H2 ? "CHARACTER VARYING" : "text";
            case TIMESTAMPTZ -> this == H2 ? "TIMESTAMP WITH TIME ZONE" : "timestamp with time zone";
            case TIMESTAMP -> this == H2 ? "TIMESTAMP" : "timestamp without time zone";
            case BYTEA -> this == H2 ? "BINARY VARYING" : "bytea";
        };
    }
}
