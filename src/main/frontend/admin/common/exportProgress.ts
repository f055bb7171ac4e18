/**
 * What the progress panel draws, computed from the engine's progress: one bar per table and
 * one overall. The engine reports the table being read and its rows; which tables are done,
 * and with how many rows, the page remembers as the table index moves on (trackFinished).
 */
import type { ExportProgress } from '../../export';

export interface PlannedTable {
  table: string;
  /** The catalog's estimate; null when unknown, or when filters make it meaningless. */
  estimatedRows: number | null;
}

export type BarState = 'waiting' | 'running' | 'done' | 'stopped';

export interface TableBar {
  table: string;
  state: BarState;
  /** Rows written so far; null when not known (a table finished in an earlier run). */
  rows: number | null;
  estimatedRows: number | null;
  /** 0..1, or null for an indeterminate bar (running without an estimate). */
  value: number | null;
}

/** Rows of finished tables by index: the last tableRows seen before the index moved on. */
export function trackFinished(
  finished: ReadonlyArray<number | null>,
  previous: ExportProgress,
  next: ExportProgress,
): Array<number | null> {
  const out = [...finished];
  if (previous.table !== null && next.tableIndex > previous.tableIndex) out[previous.tableIndex] = previous.tableRows;
  if (next.state === 'completed' && next.table === null && previous.table !== null) out[previous.tableIndex] = previous.tableRows;
  return out;
}

function isStopped(progress: ExportProgress): boolean {
  return progress.state === 'cancelled' || progress.state === 'failed';
}

export function tableBars(plan: readonly PlannedTable[], progress: ExportProgress, finished: ReadonlyArray<number | null>): TableBar[] {
  const completed = progress.state === 'completed';
  return plan.map((planned, index) => {
    const base = { table: planned.table, estimatedRows: planned.estimatedRows };
    if (completed || index < progress.tableIndex) {
      return { ...base, state: 'done', rows: finished[index] ?? null, value: 1 };
    }
    if (index === progress.tableIndex && progress.table !== null) {
      const rows = progress.tableRows;
      const value = planned.estimatedRows ? Math.min(0.99, rows / planned.estimatedRows) : planned.estimatedRows === 0 ? 0.99 : null;
      return { ...base, state: isStopped(progress) ? 'stopped' : 'running', rows, value: isStopped(progress) ? (value ?? 0) : value };
    }
    return { ...base, state: isStopped(progress) && index === progress.tableIndex ? 'stopped' : 'waiting', rows: null, value: 0 };
  });
}

/**
 * The overall bar: rows against the engine's estimate when it has one, else finished tables
 * against all; null (indeterminate) for one table without an estimate. Never full before the
 * engine says "completed": estimates are only hints.
 */
export function overallValue(plan: readonly PlannedTable[], progress: ExportProgress): number | null {
  if (progress.state === 'completed') return 1;
  if (progress.estimatedRows && progress.estimatedRows > 0) return Math.min(0.99, progress.rows / progress.estimatedRows);
  if (plan.length <= 1) return isStopped(progress) ? 0 : null;
  return Math.min(0.99, progress.tableIndex / plan.length);
}

/** Whether the export is still going (the panel shows Cancel, the page warns before leaving). */
export function isActive(progress: ExportProgress): boolean {
  return progress.state === 'idle' || progress.state === 'running' || progress.state === 'retrying';
}
