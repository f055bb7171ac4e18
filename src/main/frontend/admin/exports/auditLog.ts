/** The Exports page's view of the audit log: pure functions over the pages read so far. */
import type { AuditEntry, AuditPage, ExportClient, ExportOutcome } from '../../api/types';
import type { LozengeAppearance } from '../common/Lozenge';

/** The log also holds row reads, reveals and settings changes; this page lists exports. */
export function exportEntries(entries: readonly AuditEntry[]): AuditEntry[] {
  return entries.filter((e) => e.kind === 'EXPORT');
}

/** Appends an older page, dropping entries already shown (a reload may overlap). */
export function appendPage(entries: readonly AuditEntry[], page: AuditPage): AuditEntry[] {
  const seen = new Set(entries.map((e) => e.id));
  return [...entries, ...page.entries.filter((e) => !seen.has(e.id))];
}

export const OUTCOME_APPEARANCE: Record<ExportOutcome, LozengeAppearance> = {
  COMPLETED: 'success',
  CANCELLED: 'default',
  FAILED: 'removed',
  RUNNING: 'inprogress',
  INTERRUPTED: 'moved',
};

/** Milliseconds between start and end; null while running or when a time is unreadable. */
export function durationMs(entry: Pick<AuditEntry, 'startedAt' | 'finishedAt'>): number | null {
  if (entry.finishedAt === null) return null;
  const ms = Date.parse(entry.finishedAt) - Date.parse(entry.startedAt);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

/** The first few table names and how many more there are. */
export function tablesShown(tables: readonly string[], max = 3): { names: string[]; more: number } {
  return { names: tables.slice(0, max), more: Math.max(0, tables.length - max) };
}

export type ClientName = ExportClient | 'UNKNOWN';

export function clientOf(entry: AuditEntry): ClientName {
  return entry.client ?? 'UNKNOWN';
}

// The server appends what the client reported about its own file (AuditService.message).
const CLIENT_REPORT = /\s*\(?client reported -?\d+ rows, -?\d+ bytes\)?\s*$/;

/**
 * What the row shows under the outcome: the engine's message (why it failed, "resumed at row
 * ...") without the client's own row and byte count, which the columns already show. The full
 * text stays in the tooltip.
 */
export function entryNote(message: string | null): string | null {
  if (message === null) return null;
  const note = message.replace(CLIENT_REPORT, '').trim();
  return note === '' ? null : note;
}
