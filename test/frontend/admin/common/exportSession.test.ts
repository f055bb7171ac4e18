import { afterEach, describe, expect, it } from 'vitest';
import { planFor, planFromPending } from '../../../../src/main/frontend/admin/common/exportPlan';
import { setExportSession } from '../../../../src/main/frontend/admin/common/exportSession';
import type { PendingExport } from '../../../../src/main/frontend/export/browser';
import { resolveRequest } from '../../../../src/main/frontend/export/request';
import { fakeSession, MemoryPendingStore, result } from '../support/session';

afterEach(() => setExportSession(null));

const REQUEST = { tables: [{ table: 'jiraissue' }, { table: 'label', filters: [{ column: 'ID', op: 'IS_NULL' as const }] }], format: 'CSV' as const, client: 'BROWSER' as const };
const TARGET = { kind: 'download', name: 'tablewise-export.zip' } as const;
const PLAN = planFor(REQUEST, 'tablewise-export.zip', 'download', () => 500);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function pending(patch: Partial<PendingExport> = {}): PendingExport {
  return {
    id: 'p1',
    exportId: 'e-old',
    startedAt: '2026-11-22T10:00:00.000Z',
    updatedAt: new Date().toISOString(),
    fileName: 'tablewise-export.zip',
    tables: ['jiraissue', 'label'],
    format: 'CSV',
    target: TARGET,
    staging: 'tablewise-export-1-x',
    estimatedRows: 1000,
    checkpoint: {
      $tablewise: 'checkpoint',
      version: 1,
      request: resolveRequest(REQUEST),
      startedAt: '2026-11-22T10:00:00.000Z',
      bytes: 4096,
      tableIndex: 1,
      cursor: null,
      tableRows: 0,
      rows: 500,
      zip: null,
      done: [{ table: 'jiraissue', file: 'jiraissue.csv', format: 'CSV', columns: [], filters: [], rows: 500, bytes: 4000, sha256: '', lastPageCursor: null, warnings: [] }],
      warnings: [],
    },
    ...patch,
  };
}

describe('the export plan', () => {
  it('has no estimate for filtered tables', () => {
    expect(PLAN.tables).toEqual([
      { table: 'jiraissue', estimatedRows: 500 },
      { table: 'label', estimatedRows: null },
    ]);
  });
});

describe('ExportSession', () => {
  it('runs one export: progress, finished tables, the result, and the leave warning on and off', async () => {
    const { session, jobs, started, onActive } = fakeSession();
    session.start(PLAN, REQUEST, TARGET);
    expect(started[0]!.pendingId).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    expect(onActive).toHaveBeenLastCalledWith(true);
    expect(session.running).toBe(true);
    expect(() => session.start(PLAN, REQUEST, TARGET)).toThrow(/already running/);

    const job = jobs[0]!;
    job.emit({ state: 'running', table: 'jiraissue', tableIndex: 0, tableRows: 500, rows: 500 });
    job.emit({ table: 'label', tableIndex: 1, tableRows: 3, rows: 503 });
    expect(session.getSnapshot().current?.finished).toEqual([500]);
    job.emit({ state: 'completed', table: null });
    job.finish(result({ rows: 503 }));
    await tick();
    const current = session.getSnapshot().current!;
    expect(current.result?.outcome).toBe('COMPLETED');
    expect(current.finished).toEqual([500, 3]);
    expect(session.running).toBe(false);
    expect(onActive).toHaveBeenLastCalledWith(false);
    session.dismiss();
    expect(session.getSnapshot().current).toBeNull();
  });

  it('cancels through the job and shows that it is cancelling', () => {
    const { session, jobs } = fakeSession();
    session.start(PLAN, REQUEST, TARGET);
    session.cancel();
    expect(jobs[0]!.cancel).toHaveBeenCalledOnce();
    expect(session.getSnapshot().current?.cancelling).toBe(true);
  });

  it('offers to resume a failed export that left a checkpoint', async () => {
    const store = new MemoryPendingStore();
    const { session, jobs, started } = fakeSession(store);
    session.start(PLAN, REQUEST, TARGET);
    const id = started[0]!.pendingId!;
    await store.put(pending({ id }));
    jobs[0]!.finish(result({ outcome: 'FAILED', resumable: true, error: { kind: 'server', message: 'HTTP 503', status: 503 } }));
    await tick();
    expect(session.getSnapshot().current?.resumable?.id).toBe(id);
  });

  it('reports a worker that broke', async () => {
    const { session, jobs } = fakeSession();
    session.start(PLAN, REQUEST, TARGET);
    jobs[0]!.crash(new Error('worker script failed to load'));
    await tick();
    expect(session.getSnapshot().current?.crash).toBe('worker script failed to load');
  });

  it('lists stopped exports, resumes one after closing its interrupted audit entry', async () => {
    const store = new MemoryPendingStore();
    await store.put(pending());
    const { session, resumed, exportsApi, jobs } = fakeSession(store);
    await session.refreshPending();
    expect(session.getSnapshot().pending.map((p) => p.id)).toEqual(['p1']);

    const stopped = session.getSnapshot().pending[0]!;
    await session.resume(stopped, planFromPending(stopped));
    expect(exportsApi.finish).toHaveBeenCalledWith('e-old', {
      outcome: 'FAILED',
      rows: 500,
      bytes: 4096,
      message: 'Interrupted: the page closed before the export ended',
    });
    expect(resumed.map((p) => p.id)).toEqual(['p1']);
    expect(session.getSnapshot().pending).toEqual([]);
    // The finished table of the earlier run shows as done with its rows.
    expect(session.getSnapshot().current?.finished).toEqual([500]);
    expect(jobs).toHaveLength(1);
  });

  it('discards a stopped export: record gone, audit entry closed', async () => {
    const store = new MemoryPendingStore();
    await store.put(pending());
    const { session, exportsApi } = fakeSession(store);
    await session.refreshPending();
    await session.discard(session.getSnapshot().pending[0]!);
    expect(store.records.size).toBe(0);
    expect(session.getSnapshot().pending).toEqual([]);
    expect(exportsApi.finish).toHaveBeenCalledOnce();
  });

  it('runs without a store (no IndexedDB): nothing is remembered', () => {
    const { session, started } = fakeSession(null);
    session.start(PLAN, REQUEST, TARGET);
    expect(started[0]!.pendingId).toBeUndefined();
  });
});
