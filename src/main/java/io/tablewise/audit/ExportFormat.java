package io.tablewise.audit;

/** api/types.ts ExportFormat. */
public enum ExportFormat {
    CSV,
    JSONL,
    XLSX
}
