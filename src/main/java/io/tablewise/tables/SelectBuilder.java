package io.tablewise.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the SELECTs of row pages and row lookups. Every identifier comes from the catalog and is
 * quoted by SqlNames; every value is a bound parameter. Nothing a client sends is ever part of
 * the text.
 */
final class SelectBuilder {
    /** Lower case and unquoted: the same on every database, and not a reserved word anywhere. */
    static final String ALIAS = "tw";

    private final SqlNames names;
    private final Dialect dialect;
    private final StringBuilder sql = new StringBuilder(256);
    private final List<Object> params = new ArrayList<>();
    private boolean where;

    SelectBuilder(Catalog catalog) {
        this.names = catalog.names();
        this.dialect = catalog.dialect();
    }

    SelectBuilder select(TableMeta table, List<ColumnMeta> columns) {
        sql.append("SELECT ");
        if (columns.isEmpty()) {
            // Every requested column is redacted: the rows still count, their values are not read.
            sql.append('1');
        }
        for (int i = 0; i < columns.size(); i++) {
            ColumnMeta column = columns.get(i);
            String name = column(column);
            sql.append(i == 0 ? "" : ", ").append(castsToBigint(column) ? "CAST(" + name + " AS BIGINT)" : name);
        }
        sql.append(" FROM ").append(names.table(table.name())).append(' ').append(ALIAS);
        return this;
    }

    /**
     * Jira's ids are numeric(18,0): every value fits a BIGINT exactly, and the driver decodes a
     * BIGINT many times faster than a NUMERIC. Only in the SELECT list (WHERE and ORDER BY keep
     * the column, and its index), and only where BIGINT is a type (not Oracle).
     */
    /**
     * Columns are always qualified with the table's alias: an unqualified ORDER BY "id" would mean
     * the SELECT list's CAST("id" AS BIGINT) (output names come first), which has no index.
     */
    private String column(ColumnMeta column) {
        return ALIAS + "." + names.identifier(column.name());
    }

    private boolean castsToBigint(ColumnMeta column) {
        boolean numeric = column.jdbcType() == java.sql.Types.NUMERIC || column.jdbcType() == java.sql.Types.DECIMAL;
        boolean fitsLong = column.mode() == ReadMode.LONG_NUMBER || column.mode() == ReadMode.LONG_STRING;
        return numeric && fitsLong && (dialect == Dialect.POSTGRESQL || dialect == Dialect.H2);
    }

    SelectBuilder filters(List<BoundFilter> filters) {
        for (BoundFilter filter : filters) {
            String column = column(filter.column());
            switch (filter.op()) {
                case EQ -> and(column + " = ?", filter.values().get(0));
                case IN -> {
                    StringBuilder in = new StringBuilder(column).append(" IN (");
                    for (int i = 0; i < filter.values().size(); i++) {
                        in.append(i == 0 ? "?" : ", ?");
                    }
                    and(in.append(')').toString(), filter.values().toArray());
                }
                case RANGE -> {
                    if (filter.from() != null) {
                        and(column + " >= ?", filter.from());
                    }
                    if (filter.to() != null) {
                        and(column + " < ?", filter.to());
                    }
                }
                case IS_NULL -> and(column + " IS NULL");
                case NOT_NULL -> and(column + " IS NOT NULL");
            }
        }
        return this;
    }

    /**
     * Rows strictly after the given key, as (k1 > ?) OR (k1 = ? AND k2 > ?) OR ...: portable (no
     * row-value comparison). For composite keys a redundant leading k1 >= ? lets every database
     * use the key's index as a range instead of scanning.
     */
    SelectBuilder after(List<ColumnMeta> key, List<Object> values) {
        if (values == null) {
            return this;
        }
        StringBuilder predicate = new StringBuilder();
        List<Object> bound = new ArrayList<>();
        if (key.size() > 1) {
            predicate.append(column(key.get(0))).append(" >= ? AND (");
            bound.add(values.get(0));
        }
        for (int i = 0; i < key.size(); i++) {
            predicate.append(i == 0 ? "(" : " OR (");
            for (int j = 0; j < i; j++) {
                predicate.append(column(key.get(j))).append(" = ? AND ");
                bound.add(values.get(j));
            }
            predicate.append(column(key.get(i))).append(" > ?)");
            bound.add(values.get(i));
        }
        if (key.size() > 1) {
            predicate.append(')');
        }
        and(predicate.toString(), bound.toArray());
        return this;
    }

    SelectBuilder keyIn(ColumnMeta key, List<Object> ids) {
        return filters(List.of(new BoundFilter(key, FilterOp.IN, ids, null, null)));
    }

    SelectBuilder orderBy(List<ColumnMeta> columns) {
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? " ORDER BY " : ", ").append(column(columns.get(i)));
        }
        return this;
    }

    /** ORDER BY every comparable column, then the row's physical address where the database has one. */
    SelectBuilder orderByFullRow(List<ColumnMeta> columns) {
        orderBy(columns);
        if (dialect.rowLocator() != null) {
            sql.append(columns.isEmpty() ? " ORDER BY " : ", ").append(ALIAS).append('.').append(dialect.rowLocator());
        }
        return this;
    }

    SelectBuilder page(int rows, Long offset) {
        sql.append(dialect.pagingClause(offset != null));
        for (Object param : dialect.pagingParams(rows, offset)) {
            params.add(param);
        }
        return this;
    }

    SqlQuery build() {
        return new SqlQuery(sql.toString(), List.copyOf(params));
    }

    private void and(String condition, Object... values) {
        sql.append(where ? " AND " : " WHERE ").append('(').append(condition).append(')');
        where = true;
        for (Object value : values) {
            params.add(value);
        }
    }
}
