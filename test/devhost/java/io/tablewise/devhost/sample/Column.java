package io.tablewise.devhost.sample;

/** One column as a real dump declares it; {@code defaultSql} is null when the dump has no DEFAULT. */
record Column(String name, ColumnType type, boolean notNull, String defaultSql) {
}
