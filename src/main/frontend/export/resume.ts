import type { ManifestTable } from './encode/manifest';
import type { ZipState } from './encode/zip/writer';
import { isMultiTable, type ResolvedRequest } from './request';
import { ExportError } from './source/errors';
import { randomUuid } from './uuid';

/**
 * A resumable point of an export, saved as it runs (the CLI keeps it next to `out.partial`).
 *
 * Where a resume continues:
 * - one table as CSV or JSON Lines: after the last page written; the partial file is cut to
 *   `bytes` and appended to, so the result is byte-identical to an uninterrupted run;
 * - several tables (ZIP): at the start of the table that was being written; finished tables
 *   stay, the archive is cut after the last finished entry;
 * - one table as XLSX: from the start. A workbook is a ZIP whose sheet parts are single
 *   deflate streams, and their natural break (Excel's row limit) falls inside a page, so
 *   there is no cheap point to continue from; exports too big to redo belong in CSV anyway.
 */
export interface Checkpoint {
  $tablewise: 'checkpoint';
  version: 1;
  /** What was asked, defaults filled in; a resume must produce the same bytes. */
  request: ResolvedRequest;
  startedAt: string;
  /**
   * The idempotency key of POST /exports (ExportStart.clientRequestId): a resume sends it again,
   * so an export whose tab or process went away while it ran continues its own audit entry.
   * Missing in checkpoints of older versions.
   */
  clientRequestId?: string;
  /** The output is valid up to this byte; a resume truncates to it. */
  bytes: number;
  tableIndex: number;
  /** `after` for the next page of tables[tableIndex]; null to start the table over. */
  cursor: string | null;
  /** Rows of tables[tableIndex] already in the output. */
  tableRows: number;
  rows: number;
  zip: ZipState | null;
  done: ManifestTable[];
  warnings: string[];
}

/** Where checkpoints live: a file beside the output in Node; a test's array. */
export interface CheckpointStore {
  save(checkpoint: Checkpoint): Promise<void>;
  /** After a completed export: nothing is left to resume. */
  clear(): Promise<void>;
}

/** Whether this export can continue mid-table after every page. */
export function resumesPerPage(request: ResolvedRequest): boolean {
  return !isMultiTable(request) && request.format !== 'XLSX';
}

export function initialCheckpoint(request: ResolvedRequest, startedAt: string): Checkpoint {
  return {
    $tablewise: 'checkpoint',
    version: 1,
    request,
    startedAt,
    clientRequestId: randomUuid(),
    bytes: 0,
    tableIndex: 0,
    cursor: null,
    tableRows: 0,
    rows: 0,
    zip: null,
    done: [],
    warnings: [],
  };
}

/** Only what shapes the bytes has to match; speed settings may change between runs. */
function outputShape(r: ResolvedRequest): unknown {
  return { tables: r.tables, format: r.format, reveal: r.reveal, csv: r.csv, xlsx: r.xlsx };
}

export function assertResumable(checkpoint: Checkpoint, request: ResolvedRequest): void {
  if (checkpoint.$tablewise !== 'checkpoint' || checkpoint.version !== 1) {
    throw new ExportError('resume', 'This is not a Tablewise checkpoint of a known version');
  }
  if (JSON.stringify(outputShape(checkpoint.request)) !== JSON.stringify(outputShape(request))) {
    throw new ExportError(
      'resume',
      'The checkpoint belongs to a different export (tables, columns, filters, format or format options differ)',
    );
  }
  if (checkpoint.tableIndex < 0 || checkpoint.tableIndex > request.tables.length || checkpoint.bytes < 0) {
    throw new ExportError('resume', 'The checkpoint is damaged');
  }
}

export function parseCheckpoint(text: string): Checkpoint {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ExportError('resume', 'The checkpoint file is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { $tablewise?: unknown }).$tablewise !== 'checkpoint') {
    throw new ExportError('resume', 'This is not a Tablewise checkpoint');
  }
  return parsed as Checkpoint;
}
