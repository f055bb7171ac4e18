package io.tablewise.audit;

/** api/types.ts ExportOutcome. */
public enum ExportOutcome {
    RUNNING,
    COMPLETED,
    CANCELLED,
    FAILED,
    /** Set by the server, never reported: no page was read for a day, its client went away. */
    INTERRUPTED
}
