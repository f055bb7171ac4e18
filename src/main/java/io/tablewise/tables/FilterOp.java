package io.tablewise.tables;

/** api/types.ts FilterOp. */
public enum FilterOp {
    EQ,
    IN,
    RANGE,
    IS_NULL,
    NOT_NULL
}
