package io.tablewise.tables;

import java.util.Locale;

/**
 * What differs between the databases Jira and Confluence run on, chosen by the JDBC product name.
 * Identifier quoting is not here: it comes from DatabaseMetaData (see SqlNames).
 */
enum Dialect {
    POSTGRESQL(Paging.LIMIT_OFFSET, true, "ctid"),
    H2(Paging.LIMIT_OFFSET, true, "_ROWID_"),
    MYSQL(Paging.LIMIT_OFFSET, true, null),
    SQL_SERVER(Paging.OFFSET_FETCH, true, null),
    ORACLE(Paging.OFFSET_FETCH, false, "ROWID"),
    /** Anything else: SQL:2008 paging, metadata through plain JDBC calls only. */
    OTHER(Paging.OFFSET_FETCH, false, null);

    enum Paging { LIMIT_OFFSET, OFFSET_FETCH }

    private final Paging paging;
    private final boolean informationSchemaKeys;
    private final String rowLocator;

    Dialect(Paging paging, boolean informationSchemaKeys, String rowLocator) {
        this.paging = paging;
        this.informationSchemaKeys = informationSchemaKeys;
        this.rowLocator = rowLocator;
    }

    /**
     * The physical address of a row (PostgreSQL ctid, H2 _ROWID_, Oracle ROWID), or null. It ends
     * the ORDER BY of a table without a key, so that rows equal in every comparable column (they
     * may differ in a large object) still have a fixed order while the table is not written.
     */
    String rowLocator() {
        return rowLocator;
    }

    static Dialect of(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.equals("h2")) {
            return H2;
        }
        if (name.contains("mysql") || name.contains("mariadb")) {
            return MYSQL;
        }
        if (name.contains("microsoft sql server") || name.contains("sql server")) {
            return SQL_SERVER;
        }
        if (name.contains("oracle")) {
            return ORACLE;
        }
        return OTHER;
    }

    /** Whether primary keys of all tables can be read with one information_schema query. */
    boolean informationSchemaKeys() {
        return informationSchemaKeys;
    }

    /**
     * The clause after ORDER BY that returns at most {@code ?} rows, skipping {@code ?} rows first
     * when {@code withOffset}. Parameters, in order: offset (if any), then the row count for
     * OFFSET/FETCH; the row count, then the offset (if any) for LIMIT/OFFSET. See {@link #pagingParams}.
     */
    String pagingClause(boolean withOffset) {
        if (paging == Paging.LIMIT_OFFSET) {
            return withOffset ? " LIMIT ? OFFSET ?" : " LIMIT ?";
        }
        // SQL Server accepts FETCH only after an OFFSET, so the first page says OFFSET 0.
        return withOffset ? " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY" : " OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY";
    }

    /** The parameter values of {@link #pagingClause} in their order. */
    Object[] pagingParams(int rows, Long offset) {
        if (offset == null) {
            return new Object[] {rows};
        }
        return paging == Paging.LIMIT_OFFSET ? new Object[] {rows, offset} : new Object[] {offset, rows};
    }
}
