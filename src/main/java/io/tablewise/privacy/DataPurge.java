package io.tablewise.privacy;

/** api/types.ts DataPurge: what DELETE /data removed. */
public record DataPurge(int auditEntries, int events, int settings) {
}
