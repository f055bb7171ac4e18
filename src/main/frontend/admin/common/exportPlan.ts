/** What the progress panel needs to know about an export before the engine reports. */
import type { PendingExport, SaveTarget } from '../../export/browser';
import type { ExportRequest } from '../../export';
import type { ExportPlan } from './exportSession';

/** An estimate means nothing for filtered rows; null then (the bar is indeterminate). */
export function planFor(
  request: Pick<ExportRequest, 'tables' | 'format'>,
  fileName: string,
  destination: SaveTarget['kind'],
  estimateOf: (table: string) => number | null = () => null,
): ExportPlan {
  return {
    tables: request.tables.map((t) => ({ table: t.table, estimatedRows: t.filters && t.filters.length > 0 ? null : estimateOf(t.table) })),
    format: request.format,
    fileName,
    destination,
  };
}

export function planFromPending(pending: PendingExport, estimateOf?: (table: string) => number | null): ExportPlan {
  return planFor(pending.checkpoint.request, pending.fileName, pending.target.kind, estimateOf);
}

/** How far a stopped export got, for "41 % done"; null without an estimate. */
export function pendingShare(pending: PendingExport): number | null {
  return pending.estimatedRows ? Math.min(0.99, pending.checkpoint.rows / pending.estimatedRows) : null;
}
