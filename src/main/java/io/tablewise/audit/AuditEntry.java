package io.tablewise.audit;

import io.tablewise.tables.Filter;
import java.util.List;
import java.util.Map;

/** api/types.ts AuditEntry. Times are ISO-8601 instants in UTC. */
public record AuditEntry(long id, String exportId, String user, String startedAt, String finishedAt, AuditKind kind,
        List<String> tables, Map<String, List<String>> columns, Map<String, List<Filter>> filters,
        ExportFormat format, ExportClient client, boolean revealed, long rows, long bytes, ExportOutcome outcome,
        String message) {
}
