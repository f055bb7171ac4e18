package io.tablewise.audit;

/** api/types.ts ExportClient. */
public enum ExportClient {
    BROWSER,
    CLI,
    API
}
