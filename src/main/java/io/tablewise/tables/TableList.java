package io.tablewise.tables;

import java.util.List;

/** api/types.ts TableList. */
public record TableList(String schema, List<TableSummary> tables) {
}
