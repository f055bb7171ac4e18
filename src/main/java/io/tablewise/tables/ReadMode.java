package io.tablewise.tables;

/**
 * How a column is read from a ResultSet: finer than {@link ValueKind} because the cheapest
 * getter depends on the declared type (a numeric(18,0) fits a long, a numeric(38,0) does not).
 */
enum ReadMode {
    /** getLong, written as a JSON number (declared range fits 2^53). */
    LONG_NUMBER,
    /** getLong, written as a JSON string. */
    LONG_STRING,
    /** getBigDecimal, written as a plain-notation JSON string. */
    DECIMAL_STRING,
    /** getFloat (REAL): written as the float's shortest decimal, not the widened double's. */
    FLOAT,
    DOUBLE,
    BOOLEAN,
    STRING,
    BYTES,
    DATE,
    TIME,
    /** TIMESTAMP without time zone: a wall-clock time of the server's zone. */
    TIMESTAMP_LOCAL,
    /** TIMESTAMP WITH TIME ZONE: an instant with an offset. */
    TIMESTAMP_ZONED,
    /**
     * PostgreSQL only: text read as the UTF-8 bytes the driver received and written as they are,
     * instead of decoding to a String and encoding it again (a third of a page's CPU).
     */
    STRING_UTF8;
    /** The cheapest way to read a column on this database; the wire form is the same. */
    static ReadMode fastest(Dialect dialect, ColumnMeta column) {
        if (dialect != Dialect.POSTGRESQL) {
            return column.mode();
        }
        boolean text = switch (column.typeName() == null ? "" : column.typeName()) {
            case "varchar", "text", "bpchar", "name" -> true;
            default -> false;
        };
        return column.mode() == STRING && text ? STRING_UTF8 : column.mode();
    }
}
