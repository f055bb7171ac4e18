import { describe, expect, it } from 'vitest';
import { appendPage, durationMs, entryNote, exportEntries, tablesShown } from '../../../../src/main/frontend/admin/exports/auditLog';
import { auditEntry } from '../support/catalog';

describe('the export log', () => {
  it('keeps exports only, and appends older pages without repeating entries', () => {
    const entries = [auditEntry(3), auditEntry(2, { kind: 'REVEAL' })];
    const more = appendPage(entries, { entries: [auditEntry(2), auditEntry(1, { kind: 'SETTINGS' }), auditEntry(0)], nextBefore: null });
    expect(more.map((e) => e.id)).toEqual([3, 2, 1, 0]);
    expect(exportEntries(more).map((e) => e.id)).toEqual([3, 0]);
  });

  it('measures durations of finished exports only', () => {
    expect(durationMs({ startedAt: '2026-11-22T10:00:00Z', finishedAt: '2026-11-22T10:01:30.500Z' })).toBe(90_500);
    expect(durationMs({ startedAt: '2026-11-22T10:00:00Z', finishedAt: null })).toBeNull();
    expect(durationMs({ startedAt: 'garbage', finishedAt: '2026-11-22T10:00:00Z' })).toBeNull();
  });

  it('shows three tables and counts the rest', () => {
    expect(tablesShown(['a', 'b'])).toEqual({ names: ['a', 'b'], more: 0 });
    expect(tablesShown(['a', 'b', 'c', 'd', 'e'])).toEqual({ names: ['a', 'b', 'c'], more: 2 });
  });

  it("drops the client's own row and byte count from the note", () => {
    expect(entryNote(null)).toBeNull();
    expect(entryNote('client reported 10 rows, 200 bytes')).toBeNull();
    expect(entryNote('resumed at row 5000 (client reported 10 rows, 200 bytes)')).toBe('resumed at row 5000');
    expect(entryNote('HTTP 503')).toBe('HTTP 503');
  });
});
