package io.tablewise.tables;

/** How values of a column travel in JSON; the encoding rules are in api/types.ts (ValueKind). */
public enum ValueKind {
    INTEGER,
    BIGINT,
    DECIMAL,
    FLOAT,
    BOOLEAN,
    STRING,
    BINARY,
    DATE,
    TIME,
    TIMESTAMP,
    OTHER
}
