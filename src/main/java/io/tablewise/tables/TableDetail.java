package io.tablewise.tables;

import java.util.List;

/** api/types.ts TableDetail: a TableSummary with its columns and paging strategy. */
public record TableDetail(String name, TableGroup group, String aoOwner, Long estimatedRows, Long sizeBytes,
        int columnCount, List<String> primaryKey, List<String> redactedColumns, List<ColumnInfo> columns,
        PagingStrategy pagingStrategy) {
}
