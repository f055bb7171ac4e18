package io.tablewise.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks filters against a table and converts their values. The limits keep every query within
 * what all supported databases accept (SQL Server: 2,100 parameters; Oracle: 1,000 IN items).
 */
final class FilterBinder {
    static final int MAX_FILTERS = 20;
    static final int MAX_IN_VALUES = 1000;
    static final int MAX_VALUES = 2000;

    private final WireValues wire;

    FilterBinder(WireValues wire) {
        this.wire = wire;
    }

    List<BoundFilter> bind(TableMeta table, List<Filter> filters, Redactions redactions, boolean reveal) {
        if (filters == null) {
            return List.of();
        }
        if (filters.size() > MAX_FILTERS) {
            throw FilterParser.bad("At most " + MAX_FILTERS + " filters.");
        }
        List<BoundFilter> bound = new ArrayList<>();
        int values = 0;
        for (Filter filter : filters) {
            if (filter == null) {
                throw FilterParser.bad("A filter is empty.");
            }
            BoundFilter one = bindOne(table, filter, redactions, reveal);
            values += one.values().size() + (one.from() == null ? 0 : 1) + (one.to() == null ? 0 : 1);
            if (values > MAX_VALUES) {
                throw FilterParser.bad("At most " + MAX_VALUES + " filter values in all.");
            }
            bound.add(one);
        }
        return bound;
    }

    private BoundFilter bindOne(TableMeta table, Filter filter, Redactions redactions, boolean reveal) {
        if (filter.column() == null || filter.op() == null) {
            throw FilterParser.bad("Each filter needs a column and an op.");
        }
        ColumnMeta column = table.column(filter.column());
        if (column == null) {
            throw FilterParser.bad("A filter names a column the table does not have.");
        }
        // Filtering a hidden column would reveal it a guess at a time (an EQ on a hash is an oracle).
        if (!reveal && redactions.redacted(table, column)) {
            throw FilterParser.bad("Column " + column.name() + " is redacted: filtering on it needs reveal=true.");
        }
        FilterOp op = filter.op();
        boolean comparing = op == FilterOp.EQ || op == FilterOp.IN || op == FilterOp.RANGE;
        if (comparing && !WireValues.bindable(column)) {
            throw FilterParser.bad("Column " + column.name() + " cannot be compared; only IS_NULL and NOT_NULL apply.");
        }
        return switch (op) {
            case EQ -> {
                only(filter, true, false, false);
                yield new BoundFilter(column, op, List.of(convert(column, filter.value())), null, null);
            }
            case IN -> {
                only(filter, false, true, false);
                if (filter.values().isEmpty() || filter.values().size() > MAX_IN_VALUES) {
                    throw FilterParser.bad("IN takes 1 to " + MAX_IN_VALUES + " values.");
                }
                List<Object> converted = new ArrayList<>();
                for (JsonNode value : filter.values()) {
                    converted.add(convert(column, value));
                }
                yield new BoundFilter(column, op, converted, null, null);
            }
            case RANGE -> {
                only(filter, false, false, true);
                Object from = present(filter.from()) ? convert(column, filter.from()) : null;
                Object to = present(filter.to()) ? convert(column, filter.to()) : null;
                if (from == null && to == null) {
                    throw FilterParser.bad("RANGE needs from, to or both.");
                }
                yield new BoundFilter(column, op, List.of(), from, to);
            }
            case IS_NULL, NOT_NULL -> {
                only(filter, false, false, false);
                yield new BoundFilter(column, op, List.of(), null, null);
            }
        };
    }

    private static void only(Filter filter, boolean value, boolean values, boolean range) {
        boolean ok = present(filter.value()) == value && (filter.values() != null) == values
                && (range || (!present(filter.from()) && !present(filter.to())));
        if (!ok) {
            throw FilterParser.bad(filter.op() + " takes " + switch (filter.op()) {
                case EQ -> "value";
                case IN -> "values";
                case RANGE -> "from and/or to";
                default -> "no values";
            } + " only.");
        }
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    private Object convert(ColumnMeta column, JsonNode value) {
        try {
            return wire.toJava(column, value);
        } catch (IllegalArgumentException e) {
            throw FilterParser.bad("Filter on " + column.name() + ": " + e.getMessage() + ".");
        }
    }
}
