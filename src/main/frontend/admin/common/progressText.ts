/** The words beside the progress bars: pure functions of the engine's progress. */
import { I18n } from '@atlassian/wrm-react-i18n';
import type { ExportFormat } from '../../api/types';
import type { ExportProgress, ExportState } from '../../export';
import type { LozengeAppearance } from './Lozenge';
import type { TableBar } from './exportProgress';
import { formatBytes, formatCount, formatDuration, formatEta, formatRate } from './format';

/** "12,345 of about 29,000 rows", or "12,345 rows" without an estimate. */
export function rowsText(rows: number, estimated: number | null): string {
  return estimated !== null && estimated > 0 && rows <= estimated
    ? I18n.getText('tablewise.progress.rowsOf', formatCount(rows), formatCount(estimated))
    : I18n.getText('tablewise.progress.rows', formatCount(rows));
}

/** The overall line: rows, bytes, speed, time left (while running) and time taken. */
export function overallStats(progress: ExportProgress): string[] {
  const running = progress.state === 'running' || progress.state === 'retrying';
  // Once done the count is exact: the estimate no longer adds anything.
  const parts = [rowsText(progress.rows, running ? progress.estimatedRows : null), formatBytes(progress.bytes)];
  if (running && progress.rowsPerSecond > 0) parts.push(formatRate(progress.rowsPerSecond));
  const eta = running ? formatEta(progress.etaSeconds) : null;
  if (eta) parts.push(eta);
  parts.push(I18n.getText('tablewise.progress.elapsed', formatDuration(progress.elapsedMs)));
  return parts;
}

/** The text beside one table's bar. */
export function tableBarText(bar: TableBar): string {
  switch (bar.state) {
    case 'waiting':
      return I18n.getText('tablewise.progress.table.waiting');
    case 'done':
      return bar.rows === null ? I18n.getText('tablewise.progress.table.done') : I18n.getText('tablewise.progress.table.doneRows', formatCount(bar.rows));
    case 'stopped':
      return I18n.getText('tablewise.progress.table.stopped', formatCount(bar.rows ?? 0));
    case 'running':
      return rowsText(bar.rows ?? 0, bar.estimatedRows);
  }
}

export function stateLabel(state: ExportState): string {
  switch (state) {
    case 'idle':
      return I18n.getText('tablewise.progress.state.starting');
    case 'running':
      return I18n.getText('tablewise.progress.state.running');
    case 'retrying':
      return I18n.getText('tablewise.progress.state.retrying');
    case 'completed':
      return I18n.getText('tablewise.progress.state.completed');
    case 'cancelled':
      return I18n.getText('tablewise.progress.state.cancelled');
    case 'failed':
      return I18n.getText('tablewise.progress.state.failed');
  }
}

export function stateAppearance(state: ExportState): LozengeAppearance {
  switch (state) {
    case 'completed':
      return 'success';
    case 'failed':
      return 'removed';
    case 'retrying':
      return 'moved';
    case 'cancelled':
      return 'default';
    default:
      return 'inprogress';
  }
}

/** "Reconnecting: attempt 2 of 8 failed, next try in 4 s (GET /tables/x/rows failed: ...)". */
export function retryText(retry: NonNullable<ExportProgress['retry']>): string {
  return I18n.getText(
    'tablewise.progress.retry',
    formatCount(retry.attempt),
    formatCount(retry.maxAttempts),
    formatCount(Math.max(1, Math.round(retry.delayMs / 1000))),
  );
}

/** "ZIP of CSV files", "CSV", ... */
export function formatName(format: ExportFormat, tables: number): string {
  if (tables > 1) {
    switch (format) {
      case 'CSV':
        return I18n.getText('tablewise.format.zip.csv');
      case 'JSONL':
        return I18n.getText('tablewise.format.zip.jsonl');
      case 'XLSX':
        return I18n.getText('tablewise.format.zip.xlsx');
    }
  }
  switch (format) {
    case 'CSV':
      return I18n.getText('tablewise.format.csv');
    case 'JSONL':
      return I18n.getText('tablewise.format.jsonl');
    case 'XLSX':
      return I18n.getText('tablewise.format.xlsx');
  }
}
