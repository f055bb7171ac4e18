package io.tablewise.tables;

/** api/types.ts ColumnInfo. */
public record ColumnInfo(String name, int jdbcType, String typeName, Integer size, boolean nullable, ValueKind kind,
        Redaction redaction) {
}
