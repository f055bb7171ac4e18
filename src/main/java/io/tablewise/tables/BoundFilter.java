package io.tablewise.tables;

import java.util.List;

/** A filter checked against the catalog, its values converted to the column's Java type. */
record BoundFilter(ColumnMeta column, FilterOp op, List<Object> values, Object from, Object to) {
}
