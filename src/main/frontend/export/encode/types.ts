import type { ColumnInfo, Filter, TableDetail } from '../../api/types';

/** Everything an encoder may put into a file besides the rows. */
export interface TableMeta {
  detail: TableDetail;
  /** The exported columns, in page order. */
  columns: readonly ColumnInfo[];
  filters: readonly Filter[];
  /** ISO-8601; the export's start, kept across a resume so the bytes stay identical. */
  exportedAt: string;
  appVersion: string | null;
  productVersion: string | null;
}

export type Rows = readonly (readonly unknown[])[];

/**
 * A byte encoder for text formats: one string built and one TextEncoder call per page, which
 * is what keeps CSV fast (per-cell encoding would allocate a Uint8Array per value).
 */
export interface TableEncoder {
  /** BOM, header row or JSON header line; may be empty. */
  start(): Uint8Array;
  page(rows: Rows): Uint8Array;
}

/** Where encoded bytes go: the sink, a ZIP entry, a workbook part. Awaiting it is backpressure. */
export interface ByteOut {
  write(chunk: Uint8Array): Promise<void>;
}
