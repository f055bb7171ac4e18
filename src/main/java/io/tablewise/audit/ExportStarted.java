package io.tablewise.audit;

/** api/types.ts ExportStarted: the answer to POST /exports. */
public record ExportStarted(String exportId) {
}
