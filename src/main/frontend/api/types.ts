/**
 * The wire contract of /rest/tablewise/1.0. Java DTOs in io.tablewise.*.rest mirror these
 * types; shared JSON fixtures under test/fixtures/wire pin both sides.
 * Dates are ISO-8601 strings; enums are string unions equal to the Java enum names.
 */

/** The one error envelope every non-2xx response carries. */
export interface ErrorEnvelope {
  errorCode: ErrorCode;
  message: string;
}

export type ErrorCode =
  | 'NOT_AUTHENTICATED' // 401
  | 'NOT_SYSTEM_ADMIN' // 403
  | 'XSRF_CHECK_FAILED' // 403
  | 'WEBSUDO_REQUIRED' // 401
  | 'NOT_FOUND' // 404: unknown table, row or resource
  | 'BAD_REQUEST' // 400: malformed input (bad JSON, out-of-range numbers)
  | 'UNKNOWN_COLUMN' // 400
  | 'BAD_FILTER' // 400
  | 'BAD_CURSOR' // 400
  | 'NOT_SUPPORTED' // 400: e.g. row by id on a table without a single-column key
  | 'CONFLICT' // 409
  | 'DATABASE_ERROR' // 503: the database failed; details only in the server log
  | 'INTERNAL_ERROR'; // 500 is never sent on purpose; kept for the catch-all

/** Where a table comes from. */
export type TableGroup = 'CORE' | 'THIS_APP' | 'OTHER_APP';

/**
 * How values of a column travel in JSON. Chosen per column so a consumer never guesses:
 * INTEGER: JSON number (fits in 2^53); BIGINT and DECIMAL: JSON string of the exact decimal;
 * FLOAT: JSON number, or the strings "NaN", "Infinity", "-Infinity";
 * BOOLEAN: true/false; STRING: JSON string; BINARY: standard Base64 string;
 * DATE: "YYYY-MM-DD"; TIME: "HH:MM:SS[.fff]"; TIMESTAMP: ISO-8601 with offset ("...Z" or "+02:00");
 * OTHER: the driver's string form. NULL is always JSON null, never "".
 */
export type ValueKind =
  | 'INTEGER'
  | 'BIGINT'
  | 'DECIMAL'
  | 'FLOAT'
  | 'BOOLEAN'
  | 'STRING'
  | 'BINARY'
  | 'DATE'
  | 'TIME'
  | 'TIMESTAMP'
  | 'OTHER';

export interface Redaction {
  /** Stable reason code, e.g. PASSWORD_HASH, TOKEN, SECRET, PRIVATE_KEY, ADMIN_LIST. */
  reason: string;
  /** The rule that matched, for people: e.g. "column name matches *secret*". */
  rule: string;
}

export interface ColumnInfo {
  name: string;
  /** java.sql.Types code. */
  jdbcType: number;
  typeName: string;
  size: number | null;
  nullable: boolean;
  kind: ValueKind;
  /** Set when the column is redacted by default. */
  redaction: Redaction | null;
}

export interface TableSummary {
  name: string;
  group: TableGroup;
  /** For AO_ tables: the 6-hex owner id ("60DB71"); null otherwise. */
  aoOwner: string | null;
  /** From database statistics; null when the database does not tell cheaply. */
  estimatedRows: number | null;
  sizeBytes: number | null;
  columnCount: number;
  primaryKey: string[];
  redactedColumns: string[];
}

export interface TableList {
  /** Schema the tables live in, or null when the database has none. */
  schema: string | null;
  tables: TableSummary[];
}

/** How rows of a table are ordered and resumed. */
export type PagingStrategy =
  | 'PRIMARY_KEY' // keyset on the primary key
  | 'UNIQUE_KEY' // keyset on a unique index of non-null columns
  | 'FULL_ROW_ORDER'; // no key: offset paging over an order of every orderable column

export interface TableDetail extends TableSummary {
  columns: ColumnInfo[];
  pagingStrategy: PagingStrategy;
}

export type FilterOp = 'EQ' | 'IN' | 'RANGE' | 'IS_NULL' | 'NOT_NULL';

/** A filter on one column. Values are strings or numbers in the column's wire form. */
export interface Filter {
  column: string;
  op: FilterOp;
  /** EQ */
  value?: string | number | boolean;
  /** IN (at most 1000 values) */
  values?: Array<string | number | boolean>;
  /** RANGE: from inclusive, to exclusive; either may be absent. */
  from?: string | number;
  to?: string | number;
}

/**
 * GET /tables/{table}/rows query parameters:
 *   columns   comma-separated names (default: all)
 *   after     the cursor of the previous page (absent: from the start)
 *   limit     rows per page, 1..10000 (default 1000)
 *   maxBytes  a soft cap on the page's encoded size, 65536..16777216 (default 4194304);
 *             a page always holds at least one row
 *   filters   JSON array of Filter (at most 20 filters and 2000 values in all); a filter on
 *             a redacted column needs reveal=true
 *   reveal    "true" to read redacted columns in clear (audited)
 *   exportId  the id of the export this page belongs to (see ExportStart); pages of one
 *             export are audited as one entry
 */
export interface RowPage {
  table: string;
  columns: string[];
  /** One array per row, values in `columns` order, encoded per column kind. */
  rows: unknown[][];
  /** Pass as `after` to get the next page; null when this was the last page. */
  nextCursor: string | null;
  /** Columns whose values are replaced by null because they are redacted. */
  redactedColumns: string[];
}

/**
 * GET /tables/{table}/rows/{id}: one row by its key, for tables keyed by a single column
 * (else NOT_SUPPORTED); 404 NOT_FOUND when no row has it. The id is the key's wire form
 * (e.g. "10000"); `columns` and `reveal` query parameters as for pages.
 */
export interface RowById {
  table: string;
  columns: string[];
  row: unknown[];
  redactedColumns: string[];
}

/** POST /tables/{table}/rows/batch body; at most 1000 ids. */
export interface RowBatchRequest {
  ids: Array<string | number>;
  columns?: string[];
  reveal?: boolean;
}

/** Rows by id: the rows found, in request order; ids not found are listed. */
export interface RowBatch {
  table: string;
  columns: string[];
  rows: unknown[][];
  missingIds: Array<string | number>;
  redactedColumns: string[];
}

export type ExportFormat = 'CSV' | 'JSONL' | 'XLSX';
/**
 * INTERRUPTED is the server's, never reported by a client: no page of a running export was read
 * for 24 hours (its browser tab or command line went away), noticed when the log is read.
 */
export type ExportOutcome = 'RUNNING' | 'COMPLETED' | 'CANCELLED' | 'FAILED' | 'INTERRUPTED';
export type ExportClient = 'BROWSER' | 'CLI' | 'API';

/** POST /exports: the engine announces an export before its first page. */
export interface ExportStart {
  tables: string[];
  format: ExportFormat;
  client: ExportClient;
  /** Columns per table when not all. */
  columns?: Record<string, string[]>;
  filters?: Record<string, Filter[]>;
  reveal?: boolean;
  /**
   * Idempotency key: a UUID the client picks once per export and sends again when it retries
   * this POST (its answer may have been lost) or resumes the export. While the caller's export
   * started with this key is RUNNING, the answer is that export's id and nothing new is
   * recorded; once it has ended, the key starts a new export. The same key with other tables or
   * another format is 409 CONFLICT. Keys are per user; optional (without one, every POST is a
   * new export).
   */
  clientRequestId?: string;
}

/** The answer to POST /exports. */
export interface ExportStarted {
  /** A UUID; pages of this export pass it as `exportId`. */
  exportId: string;
}

/** PUT /exports/{id}: the engine reports the end. */
export interface ExportFinish {
  outcome: Exclude<ExportOutcome, 'RUNNING' | 'INTERRUPTED'>;
  rows: number;
  bytes: number;
  message?: string;
}

/** One audit entry; GET /audit returns them newest first, paged. */
export interface AuditEntry {
  id: number;
  exportId: string | null;
  user: string;
  startedAt: string;
  finishedAt: string | null;
  kind: 'EXPORT' | 'ROW_READ' | 'REVEAL' | 'PURGE' | 'SETTINGS';
  tables: string[];
  columns: Record<string, string[]> | null;
  filters: Record<string, Filter[]> | null;
  format: ExportFormat | null;
  client: ExportClient | null;
  revealed: boolean;
  rows: number;
  bytes: number;
  outcome: ExportOutcome;
  message: string | null;
}

/**
 * GET/PUT /redaction: columns administrators redact on top of the built-in rules, as
 * "table.column" (each must exist; stored as the catalog spells it).
 */
export interface RedactionList {
  columns: string[];
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` for older entries; null at the end. */
  nextBefore: number | null;
}

/**
 * GET/PUT /analytics: the opt-in switch and what an administrator may set. PUT takes all four
 * fields; the endpoint must be https:// (plain http only to loopback in development mode).
 */
export interface AnalyticsSettings {
  /** Off by default: nothing is sent until an administrator turns it on. */
  enabled: boolean;
  endpoint: string;
  /** Events per request, 1..500. */
  batchSize: number;
  /** Bound of the local events table, 100..100000; beyond it the oldest are dropped and counted. */
  maxStoredEvents: number;
}

/** OFF; ON (last attempt, if any, succeeded); RETRYING (5xx/408/429/network, backing off); REFUSED (400/409/422...). */
export type AnalyticsState = 'OFF' | 'ON' | 'RETRYING' | 'REFUSED';

export interface AnalyticsError {
  at: string;
  /** HTTP status; 0 when no HTTP answer came (network error, timeout). */
  status: number;
  message: string;
  /** true: retried after a back-off; false: refused, retried after a day or when the settings are saved. */
  retrying: boolean;
}

export interface AnalyticsStatus {
  state: AnalyticsState;
  /** Events waiting in the local table. */
  queued: number;
  /** Events dropped because the table (or the in-memory hand-off) was full, since the last purge. */
  dropped: number;
  lastSuccessAt: string | null;
  lastError: AnalyticsError | null;
  /** No attempt before this; null when not backing off. */
  nextAttemptAt: string | null;
  consecutiveFailures: number;
}

/** GET /analytics, and the answer to PUT /analytics. */
export interface AnalyticsView {
  settings: AnalyticsSettings;
  status: AnalyticsStatus;
}

/** One event row exactly as tablewise-analytics/1 sends it: these keys, in this order. */
export interface AnalyticsRow {
  ID: number;
  /** Pseudonymous: 16 hex chars of SHA-256("tablewise:" + server id). */
  ProductTenant: string;
  Product: 'jira' | 'confluence';
  /** From the closed vocabulary, e.g. tablewise.export.format.csv. */
  Name: string;
  ProductVersion: string;
  /** UTC, to the second: 2025-02-13T08:06:44Z. */
  UpdateDate: string;
  AppVersion: string;
}

/** GET /analytics/preview: the next batch, decoded from the encoder's own output. */
export interface AnalyticsPreview {
  /** All events waiting, of which `rows` are the next batch. */
  queued: number;
  batchSize: number;
  endpoint: string;
  rows: AnalyticsRow[];
}

/** DELETE /analytics/events: every recorded event deleted, the dropped count reset. */
export interface AnalyticsPurge {
  purged: number;
}

/** GET/PUT /retention: audit entries that started more than auditDays days ago are deleted daily (1..3650). */
export interface Retention {
  auditDays: number;
}

/** DELETE /data: how many rows of each Tablewise table were deleted. */
export interface DataPurge {
  auditEntries: number;
  events: number;
  settings: number;
}

/** One library the jar ships, from its CycloneDX SBOM (META-INF/sbom/bom.json). */
export interface SbomComponent {
  name: string;
  /** The Maven group; null for npm packages. */
  group: string | null;
  version: string | null;
  /** CycloneDX component type, e.g. "library". */
  type: string | null;
  /** SPDX ids where the SBOM has them, else licence names or SPDX expressions. */
  licences: string[];
  purl: string | null;
}

/**
 * GET /about: this app's version, the host product (key "jira" or "confluence", as SAL's
 * ApplicationProperties reports it) and every component of the SBOM, sorted by name.
 * 404 NOT_FOUND when the jar has no readable SBOM.
 */
export interface About {
  app: { version: string };
  product: { key: string; displayName: string; version: string; buildNumber: string };
  components: SbomComponent[];
}
