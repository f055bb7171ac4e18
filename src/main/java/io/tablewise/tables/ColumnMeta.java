package io.tablewise.tables;

/**
 * One column as the database describes it, with what Tablewise derived from that: the wire kind,
 * how to read it, and whether the database can compare it (filters, keys and ORDER BY need that;
 * large objects cannot be compared on every database).
 */
record ColumnMeta(String name, int jdbcType, String typeName, Integer size, Integer scale, boolean nullable,
        ValueKind kind, ReadMode mode, boolean comparable) {

    static ColumnMeta of(String name, int jdbcType, String typeName, Integer size, Integer scale, boolean nullable) {
        ColumnTypes.Mapping mapping = ColumnTypes.classify(jdbcType, typeName, size, scale);
        return new ColumnMeta(name, jdbcType, typeName, size, scale, nullable, mapping.kind(), mapping.mode(),
                mapping.comparable());
    }

    /** CHAR(n) values are blank-padded; the SQL standard compares them with PAD SPACE semantics. */
    boolean blankPadded() {
        return jdbcType == java.sql.Types.CHAR || jdbcType == java.sql.Types.NCHAR;
    }
}
