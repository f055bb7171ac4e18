package io.tablewise.audit;

import io.tablewise.tables.Filter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What AuditService asks AuditRepository to write. */
record NewAuditEntry(String exportId, String clientRequestId, String user, Instant startedAt, Instant finishedAt, AuditKind kind,
        List<String> tables, Map<String, List<String>> columns, Map<String, List<Filter>> filters,
        ExportFormat format, ExportClient client, boolean revealed, long rows, long bytes, ExportOutcome outcome,
        String message) {
}
