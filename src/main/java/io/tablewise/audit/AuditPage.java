package io.tablewise.audit;

import java.util.List;

/** api/types.ts AuditPage. */
public record AuditPage(List<AuditEntry> entries, Long nextBefore) {
}
