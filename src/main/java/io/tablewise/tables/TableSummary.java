package io.tablewise.tables;

import java.util.List;

/** api/types.ts TableSummary. */
public record TableSummary(String name, TableGroup group, String aoOwner, Long estimatedRows, Long sizeBytes,
        int columnCount, List<String> primaryKey, List<String> redactedColumns) {
}
