package io.tablewise.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * What a read selects and what it shows: the output columns in the order asked, which of them are
 * redacted (not even selected; shown as null), and extra columns read only for the cursor.
 */
final class Selection {
    private final List<ColumnMeta> output;
    private final List<ColumnMeta> select = new ArrayList<>();
    private final int[] outputIndex;
    private final List<String> redacted = new ArrayList<>();
    private final boolean liftsRedaction;

    Selection(TableMeta table, List<ColumnMeta> output, Redactions redactions, boolean reveal, List<ColumnMeta> extra) {
        this.output = List.copyOf(output);
        this.outputIndex = new int[output.size()];
        boolean lifted = false;
        for (int i = 0; i < output.size(); i++) {
            ColumnMeta column = output.get(i);
            boolean hidden = redactions.redacted(table, column);
            lifted |= hidden && reveal;
            if (hidden && !reveal) {
                redacted.add(column.name());
            } else {
                outputIndex[i] = indexOf(column);
            }
        }
        for (ColumnMeta column : extra) {
            lifted |= reveal && redactions.redacted(table, column);
            indexOf(column);
        }
        this.liftsRedaction = lifted;
    }

    /** The 1-based position of a column in the SELECT list, adding it when absent. */
    int indexOf(ColumnMeta column) {
        int at = select.indexOf(column);
        if (at < 0) {
            select.add(column);
            at = select.size() - 1;
        }
        return at + 1;
    }

    List<ColumnMeta> output() {
        return output;
    }

    List<String> outputNames() {
        return output.stream().map(ColumnMeta::name).toList();
    }

    List<ColumnMeta> select() {
        return select;
    }

    /** Per output column its SELECT position, 0 for a redacted one. */
    int[] outputIndex() {
        return outputIndex;
    }

    List<String> redacted() {
        return redacted;
    }

    /** Whether this read shows a redacted value in clear (audited as such). */
    boolean liftsRedaction() {
        return liftsRedaction;
    }

    static List<ColumnMeta> columns(TableMeta table, List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return table.columns();
        }
        List<ColumnMeta> columns = new ArrayList<>();
        for (String name : requested) {
            ColumnMeta column = name == null ? null : table.column(name);
            if (column == null) {
                throw new io.tablewise.web.ApiException(io.tablewise.web.ErrorCode.UNKNOWN_COLUMN,
                        "The table has no such column.");
            }
            if (columns.contains(column)) {
                throw io.tablewise.web.ApiException.badRequest("A column is listed twice.");
            }
            columns.add(column);
        }
        return columns;
    }

    /** The `columns` query parameter: comma-separated names; absent or empty means all. */
    static List<String> split(String csv) {
        if (csv == null || csv.isEmpty()) {
            return List.of();
        }
        return List.of(csv.split(",", -1));
    }
}
