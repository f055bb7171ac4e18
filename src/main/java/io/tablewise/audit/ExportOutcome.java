package io.tablewise.audit;

/** api/types.ts ExportOutcome. */
public enum ExportOutcome {
    RUNNING,
    COMPLETED,
    CANCELLED,
    FAILED
}
