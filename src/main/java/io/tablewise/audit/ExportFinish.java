package io.tablewise.audit;

/** api/types.ts ExportFinish: PUT /exports/{id}. */
public record ExportFinish(ExportOutcome outcome, Long rows, Long bytes, String message) {
}
