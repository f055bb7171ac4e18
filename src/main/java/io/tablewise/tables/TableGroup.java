package io.tablewise.tables;

/** Where a table comes from (api/types.ts TableGroup). */
public enum TableGroup {
    CORE,
    THIS_APP,
    OTHER_APP
}
