package io.tablewise.tables;

/** How rows of a table are ordered and resumed (api/types.ts PagingStrategy; docs/paging.md). */
public enum PagingStrategy {
    PRIMARY_KEY,
    UNIQUE_KEY,
    FULL_ROW_ORDER
}
