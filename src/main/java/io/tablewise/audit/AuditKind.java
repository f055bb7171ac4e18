package io.tablewise.audit;

/** api/types.ts AuditEntry.kind. */
public enum AuditKind {
    EXPORT,
    ROW_READ,
    REVEAL,
    PURGE,
    SETTINGS
}
