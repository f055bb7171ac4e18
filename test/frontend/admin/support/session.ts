/** An export session whose runner is scripted by the test instead of a worker. */
import { vi } from 'vitest';
import { ExportSession, setExportSession, type ExportRunner } from '../../../../src/main/frontend/admin/common/exportSession';
import type { ExportsApi } from '../../../../src/main/frontend/api/exports';
import type { ExportProgress, ExportRequest } from '../../../../src/main/frontend/export';
import type { BrowserExport, BrowserExportResult, PendingExport, PendingStore, SaveTarget } from '../../../../src/main/frontend/export/browser';

export class FakeJob implements BrowserExport {
  progress: ExportProgress = {
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
  readonly cancel = vi.fn();
  readonly done: Promise<BrowserExportResult>;
  finish!: (result: BrowserExportResult) => void;
  crash!: (error: Error) => void;
  private readonly listeners = new Set<(p: ExportProgress) => void>();

  constructor() {
    this.done = new Promise((resolve, reject) => {
      this.finish = resolve;
      this.crash = reject;
    });
  }

  subscribe(listener: (p: ExportProgress) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(patch: Partial<ExportProgress>): void {
    this.progress = { ...this.progress, ...patch };
    for (const listener of this.listeners) listener(this.progress);
  }
}

export class MemoryPendingStore implements PendingStore {
  readonly records = new Map<string, PendingExport>();
  async list() {
    return [...this.records.values()];
  }
  async put(pending: PendingExport) {
    this.records.set(pending.id, pending);
  }
  async delete(id: string) {
    this.records.delete(id);
  }
}

export function fakeSession(store: PendingStore | null = new MemoryPendingStore()) {
  const jobs: FakeJob[] = [];
  const started: Array<{ request: ExportRequest; target: SaveTarget; pendingId: string | undefined }> = [];
  const resumed: PendingExport[] = [];
  const runner: ExportRunner = {
    start: (request, target, pendingId) => {
      started.push({ request, target, pendingId });
      const job = new FakeJob();
      jobs.push(job);
      return job;
    },
    resume: (pending) => {
      resumed.push(pending);
      const job = new FakeJob();
      jobs.push(job);
      return job;
    },
    store,
  };
  const exportsApi: ExportsApi = { finish: vi.fn(async () => undefined) };
  const onActive = vi.fn();
  const session = new ExportSession(runner, exportsApi, onActive);
  setExportSession(session);
  return { session, jobs, started, resumed, exportsApi, onActive, store };
}

export function result(patch: Partial<BrowserExportResult> = {}): BrowserExportResult {
  return { outcome: 'COMPLETED', exportId: 'e1', rows: 10, bytes: 100, warnings: [], error: null, fileName: 'jiraissue.csv', resumable: false, ...patch };
}
