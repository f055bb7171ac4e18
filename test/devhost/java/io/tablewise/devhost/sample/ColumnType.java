package io.tablewise.devhost.sample;

/**
 * A column type in the vocabulary of the real dumps (PostgreSQL spelling). {@link Dialect} turns
 * it into DDL, the sinks use {@link #kind()} to bind or encode values.
 */
record ColumnType(Kind kind, int length) {

    enum Kind { NUMERIC_18, NUMERIC_9, VARCHAR, CHAR, TEXT, TIMESTAMPTZ, TIMESTAMP, BIGINT, INTEGER, SMALLINT, BOOLEAN, DOUBLE, BYTEA }

    /** Jira entity-engine ids and counters. Java values: {@code Long} or {@code BigDecimal}. */
    static final ColumnType NUMERIC_18 = new ColumnType(Kind.NUMERIC_18, 0);
    /** Jira flags and small enums. Java values: {@code Integer}. */
    static final ColumnType NUMERIC_9 = new ColumnType(Kind.NUMERIC_9, 0);
    static final ColumnType VARCHAR_255 = varchar(255);
    static final ColumnType VARCHAR_60 = varchar(60);
    static final ColumnType TEXT = new ColumnType(Kind.TEXT, 0);
    /** Jira dates. Java values: {@code OffsetDateTime}. */
    static final ColumnType TIMESTAMPTZ = new ColumnType(Kind.TIMESTAMPTZ, 0);
    /** Confluence and AO dates. Java values: {@code LocalDateTime}. */
    static final ColumnType TIMESTAMP = new ColumnType(Kind.TIMESTAMP, 0);
    static final ColumnType BIGINT = new ColumnType(Kind.BIGINT, 0);
    static final ColumnType INTEGER = new ColumnType(Kind.INTEGER, 0);
    static final ColumnType SMALLINT = new ColumnType(Kind.SMALLINT, 0);
    static final ColumnType BOOLEAN = new ColumnType(Kind.BOOLEAN, 0);
    static final ColumnType DOUBLE = new ColumnType(Kind.DOUBLE, 0);
    /** Java values: {@code byte[]}. */
    static final ColumnType BYTEA = new ColumnType(Kind.BYTEA, 0);

    static ColumnType varchar(int length) {
        return new ColumnType(Kind.VARCHAR, length);
    }

    static ColumnType character(int length) {
        return new ColumnType(Kind.CHAR, length);
    }
}
