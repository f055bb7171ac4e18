import type { FailureKind } from './source/errors';

export type ExportState = 'idle' | 'running' | 'retrying' | 'completed' | 'cancelled' | 'failed';

/** What the admin pages and the CLI progress bar render. Plain data: it crosses postMessage. */
export interface ExportProgress {
  state: ExportState;
  exportId: string | null;
  /** The table being read; null before the first and after the last. */
  table: string | null;
  tableIndex: number;
  tableCount: number;
  /** Rows in the output so far (a resumed export counts the rows it started with). */
  rows: number;
  tableRows: number;
  bytes: number;
  /** Sum of the tables' estimates; null when the database gave none. Only a hint. */
  estimatedRows: number | null;
  /** Over the last 10 seconds. */
  rowsPerSecond: number;
  /** Null when unknown (no estimate, no rate yet, or past the estimate). */
  etaSeconds: number | null;
  elapsedMs: number;
  retry: { attempt: number; maxAttempts: number; delayMs: number; message: string } | null;
  warnings: string[];
  error: { kind: FailureKind; message: string; status: number | null } | null;
}

export function initialProgress(): ExportProgress {
  return {
    state: 'idle',
    exportId: null,
    table: null,
    tableIndex: 0,
    tableCount: 0,
    rows: 0,
    tableRows: 0,
    bytes: 0,
    estimatedRows: null,
    rowsPerSecond: 0,
    etaSeconds: null,
    elapsedMs: 0,
    retry: null,
    warnings: [],
    error: null,
  };
}

const WINDOW_MS = 10_000;
const MAX_SAMPLES = 256;

/** Rows per second over a sliding window, so a pause or a burst fades out in seconds. */
export class RateMeter {
  private readonly samples: Array<{ at: number; rows: number }> = [];

  sample(at: number, rows: number): void {
    this.samples.push({ at, rows });
    while (this.samples.length > MAX_SAMPLES || ((this.samples[0]?.at ?? at) < at - WINDOW_MS && this.samples.length > 2)) {
      this.samples.shift();
    }
  }

  rowsPerSecond(): number {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last || last.at <= first.at) return 0;
    return ((last.rows - first.rows) * 1000) / (last.at - first.at);
  }
}

export function etaSeconds(rows: number, estimated: number | null, rate: number): number | null {
  if (estimated === null || rate <= 0 || rows >= estimated) return null;
  return Math.ceil((estimated - rows) / rate);
}
