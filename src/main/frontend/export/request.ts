import type { ExportClient, ExportFormat, Filter } from '../api/types';
import { type CsvOptions, defaultCsvOptions, validateCsvOptions } from './encode/csv';
import { type XlsxOptions, defaultXlsxOptions } from './encode/xlsx/writer';
import { type RateLimit, defaultRateLimit } from './source/rate';

export interface TableSelection {
  table: string;
  /** Default: every column the server returns (redacted ones come as null). */
  columns?: string[];
  filters?: Filter[];
}

/** What the admin pages and the CLI ask the engine for. */
export interface ExportRequest {
  /** One table: a plain file. Several: one ZIP with a file per table and a manifest.json. */
  tables: TableSelection[];
  format: ExportFormat;
  client: ExportClient;
  reveal?: boolean;
  csv?: Partial<CsvOptions>;
  xlsx?: Partial<XlsxOptions>;
  /** Rows per page request, 1..10000. Default 1000, or 10000 at full speed. */
  pageSize?: number;
  /** Default 2 pages/s; `null` is full speed. */
  rateLimit?: RateLimit;
  /** The documented "full speed" switch: no rate limit (wins over `rateLimit`). */
  fullSpeed?: boolean;
  /** For the JSON Lines header and manifest; the browser worker and the CLI fill both from GET /about (export/versions.ts). */
  appVersion?: string | null;
  productVersion?: string | null;
}

/** The request with every default filled in; what a checkpoint stores. */
export interface ResolvedRequest {
  tables: TableSelection[];
  format: ExportFormat;
  client: ExportClient;
  reveal: boolean;
  csv: CsvOptions;
  xlsx: XlsxOptions;
  pageSize: number;
  rateLimit: RateLimit;
  appVersion: string | null;
  productVersion: string | null;
}

export const MAX_PAGE_SIZE = 10_000;

/**
 * At full speed, pages as big as the server allows (its maxBytes cap; its default, 4 MiB,
 * would cut a 10,000-row page of a wide table): every page costs the server a query, an audit
 * update and a round trip, so fewer pages are faster at both ends (measured in
 * bench/export). Gentle exports keep the default, small pages.
 */
export const FULL_SPEED_MAX_BYTES = 16 * 1024 * 1024;

export function resolveRequest(request: ExportRequest): ResolvedRequest {
  if (request.tables.length === 0) throw new RangeError('Export at least one table');
  const names = new Set(request.tables.map((t) => t.table.toLowerCase()));
  if (names.size !== request.tables.length) throw new RangeError('A table is listed twice');
  const rateLimit = request.fullSpeed ? null : request.rateLimit === undefined ? defaultRateLimit : request.rateLimit;
  const pageSize = request.pageSize ?? (rateLimit === null ? MAX_PAGE_SIZE : 1000);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`Page size must be 1..${MAX_PAGE_SIZE}`);
  }
  if (rateLimit !== null) {
    const value = 'pagesPerSecond' in rateLimit ? rateLimit.pagesPerSecond : rateLimit.rowsPerSecond;
    if (!(value > 0)) throw new RangeError('A rate limit must be positive');
  }
  const csv = { ...defaultCsvOptions, ...request.csv };
  validateCsvOptions(csv);
  return {
    tables: request.tables.map((t) => ({
      table: t.table,
      ...(t.columns ? { columns: [...t.columns] } : {}),
      ...(t.filters && t.filters.length > 0 ? { filters: [...t.filters] } : {}),
    })),
    format: request.format,
    client: request.client,
    reveal: request.reveal ?? false,
    csv,
    xlsx: { ...defaultXlsxOptions, ...request.xlsx },
    pageSize,
    rateLimit,
    appVersion: request.appVersion ?? null,
    productVersion: request.productVersion ?? null,
  };
}

const EXTENSIONS: Record<ExportFormat, string> = { CSV: 'csv', JSONL: 'jsonl', XLSX: 'xlsx' };

export function extensionOf(format: ExportFormat): string {
  return EXTENSIONS[format];
}

/** Whether the output is a ZIP of several files rather than the table's own file. */
export function isMultiTable(request: { tables: readonly unknown[] }): boolean {
  return request.tables.length > 1;
}

/** The file name an export suggests: `jiraissue.csv`, or `tablewise-export.zip` for several. */
export function suggestedFileName(request: { tables: readonly TableSelection[]; format: ExportFormat }): string {
  const first = request.tables[0];
  if (request.tables.length === 1 && first) return `${safeFileName(first.table)}.${extensionOf(request.format)}`;
  return 'tablewise-export.zip';
}

/** Table names are SQL identifiers, but AO names and quoted identifiers can hold anything. */
export function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}_.-]/gu, '_').replace(/^\.+/, '_') || 'table';
}
