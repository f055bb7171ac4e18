/**
 * The export running in this page, outside React: it survives switching between the Tables
 * and Exports sections, and both render it. The engine does the work in a worker; this only
 * starts, cancels and resumes it, keeps what the panel draws, and knows the exports that
 * stopped earlier (a failure, a closed page) and can continue.
 */
import { contextPathFromPage, REST_PATH } from '../../api/http';
import { exportsApi, type ExportsApi } from '../../api/exports';
import type { ExportFormat } from '../../api/types';
import type { ExportProgress, ExportRequest } from '../../export';
import {
  discardPendingExport,
  indexedDbPendingStore,
  listPendingExports,
  newPendingId,
  resumeBrowserExport,
  startBrowserExport,
  type BrowserExport,
  type BrowserExportResult,
  type PendingExport,
  type PendingStore,
  type SaveTarget,
} from '../../export/browser';
import { trackFinished, type PlannedTable } from './exportProgress';

declare global {
  /** Set by webpack's DefinePlugin (and vitest's define) from webpack/constants.js. */
  const __TABLEWISE_EXPORT_WORKER_PATH__: string;
}

export interface ExportPlan {
  tables: PlannedTable[];
  format: ExportFormat;
  fileName: string;
  /** Where the file goes, for people: a picked file, a folder, or a download. */
  destination: SaveTarget['kind'];
}

export interface CurrentExport {
  plan: ExportPlan;
  progress: ExportProgress;
  finished: Array<number | null>;
  /** Set once the worker is done. */
  result: BrowserExportResult | null;
  /** The worker itself broke (not the export): the message, for the error panel. */
  crash: string | null;
  cancelling: boolean;
  /** A failed export that left a checkpoint: what Resume continues. */
  resumable: PendingExport | null;
}

export interface SessionSnapshot {
  current: CurrentExport | null;
  /** Exports that stopped in an earlier page (or this one) and can continue. */
  pending: PendingExport[];
}

/** How exports are run; the browser's is a worker per export, tests pass a fake. */
export interface ExportRunner {
  start(request: ExportRequest, target: SaveTarget, pendingId: string | undefined): BrowserExport;
  resume(pending: PendingExport): BrowserExport;
  /** Null where there is no IndexedDB: nothing can be resumed after the page closes. */
  readonly store: PendingStore | null;
  readonly locks?: LockManager;
  readonly storage?: StorageManager;
}

/** The browser runner: a fresh worker per export, the REST root on this origin. */
export function browserRunner(): ExportRunner {
  const contextPath = (): string => contextPathFromPage();
  const baseUrl = (): string => `${window.location.origin}${contextPath()}${REST_PATH}`;
  const worker = (): Worker => new Worker(`${contextPath()}${__TABLEWISE_EXPORT_WORKER_PATH__}`, { name: 'tablewise-export' });
  const hasIndexedDb = typeof indexedDB !== 'undefined';
  return {
    start: (request, target, pendingId) =>
      startBrowserExport({ request, target, baseUrl: baseUrl(), worker: worker(), ...(pendingId ? { pendingId } : {}) }),
    resume: (pending) => resumeBrowserExport({ pending, baseUrl: baseUrl(), worker: worker() }),
    store: hasIndexedDb ? indexedDbPendingStore(indexedDB) : null,
    ...(navigator.locks ? { locks: navigator.locks } : {}),
    ...(navigator.storage ? { storage: navigator.storage } : {}),
  };
}

type Listener = () => void;

export class ExportSession {
  private snapshot: SessionSnapshot = { current: null, pending: [] };
  private readonly listeners = new Set<Listener>();
  private job: BrowserExport | null = null;

  constructor(
    private readonly runner: ExportRunner,
    private readonly exports: ExportsApi = exportsApi,
    private readonly onActiveChange: (active: boolean) => void = () => undefined,
  ) {}

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionSnapshot => this.snapshot;

  get running(): boolean {
    const current = this.snapshot.current;
    return current !== null && current.result === null && current.crash === null;
  }

  /** Starts an export into a target the click handler picked. One at a time per page. */
  start(plan: ExportPlan, request: ExportRequest, target: SaveTarget): void {
    if (this.running) throw new Error('An export is already running in this page');
    const pendingId = this.runner.store ? newPendingId() : undefined;
    this.run(plan, this.runner.start(request, target, pendingId), pendingId ?? null, []);
  }

  /**
   * Continues a stopped export. For a picked file or folder the caller asked for permission
   * first (ensureWritePermission, in the click handler).
   */
  async resume(pending: PendingExport, plan: ExportPlan): Promise<void> {
    if (this.running) throw new Error('An export is already running in this page');
    await this.closeInterrupted(pending);
    const finished = pending.checkpoint.done.map((table) => table.rows);
    this.set({ pending: this.snapshot.pending.filter((p) => p.id !== pending.id) });
    this.run(plan, this.runner.resume(pending), pending.id, finished);
  }

  cancel(): void {
    const current = this.snapshot.current;
    if (!this.job || !current || current.result) return;
    this.job.cancel();
    this.set({ current: { ...current, cancelling: true } });
  }

  /** Hides a finished export's panel; a failed one that can continue stays in the pending list. */
  dismiss(): void {
    if (this.running) return;
    this.set({ current: null });
    void this.refreshPending();
  }

  /** Forgets a stopped export and its partial output, and closes its audit entry. */
  async discard(pending: PendingExport): Promise<void> {
    await this.closeInterrupted(pending);
    if (this.runner.store) await discardPendingExport(pending, this.runner.store, this.runner.storage);
    const current = this.snapshot.current;
    this.set({
      pending: this.snapshot.pending.filter((p) => p.id !== pending.id),
      current: current?.resumable?.id === pending.id ? { ...current, resumable: null } : current,
    });
  }

  /** Reads the stopped exports (on page load, and after an export ends). */
  async refreshPending(): Promise<void> {
    const store = this.runner.store;
    if (!store) return;
    try {
      const all = await listPendingExports(store, {
        ...(this.runner.locks ? { locks: this.runner.locks } : {}),
        ...(this.runner.storage ? { storage: this.runner.storage } : {}),
      });
      const own = this.snapshot.current?.resumable?.id;
      this.set({ pending: all.filter((p) => p.id !== own) });
    } catch {
      // No IndexedDB (private mode, blocked storage): nothing to resume, nothing to show.
    }
  }

  private run(plan: ExportPlan, job: BrowserExport, pendingId: string | null, finished: Array<number | null>): void {
    this.job = job;
    this.set({ current: { plan, progress: job.progress, finished, result: null, crash: null, cancelling: false, resumable: null } });
    this.onActiveChange(true);
    job.subscribe((progress) => {
      const current = this.snapshot.current;
      if (!current || this.job !== job) return;
      this.set({ current: { ...current, progress, finished: trackFinished(current.finished, current.progress, progress) } });
    });
    job.done.then(
      async (result) => {
        const resumable = result.resumable && pendingId !== null ? await this.findPending(pendingId) : null;
        this.finish(job, { result, resumable });
      },
      (error: unknown) => this.finish(job, { crash: error instanceof Error ? error.message : String(error) }),
    );
  }

  private finish(job: BrowserExport, patch: Partial<CurrentExport>): void {
    const current = this.snapshot.current;
    if (this.job !== job || !current) return;
    this.job = null;
    this.set({ current: { ...current, ...patch, progress: job.progress, cancelling: false } });
    this.onActiveChange(false);
  }

  private async findPending(id: string): Promise<PendingExport | null> {
    try {
      return (await this.runner.store?.list())?.find((p) => p.id === id) ?? null;
    } catch {
      return null;
    }
  }

  /**
   * A run that stopped with its page never closed its audit entry. Close it as failed before
   * its export continues (as a new entry) or is discarded; an entry the engine already closed
   * answers CONFLICT, which is fine.
   */
  private async closeInterrupted(pending: PendingExport): Promise<void> {
    if (!pending.exportId) return;
    try {
      await this.exports.finish(pending.exportId, {
        outcome: 'FAILED',
        rows: pending.checkpoint.rows,
        bytes: pending.checkpoint.bytes,
        message: 'Interrupted: the page closed before the export ended',
      });
    } catch {
      // CONFLICT (already closed), or the server is away: the entry stays as it is.
    }
  }

  private set(patch: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}

let shared: ExportSession | null = null;

/** The page's one session, created on first use with the browser runner. */
export function exportSession(): ExportSession {
  shared ??= new ExportSession(browserRunner(), exportsApi, warnBeforeLeaving);
  return shared;
}

/** For tests: use this session instead of the browser's. */
export function setExportSession(session: ExportSession | null): void {
  shared = session;
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  // Browsers show their own text; the export can be resumed from where it stopped.
  event.preventDefault();
  event.returnValue = '';
}

function warnBeforeLeaving(active: boolean): void {
  if (active) window.addEventListener('beforeunload', onBeforeUnload);
  else window.removeEventListener('beforeunload', onBeforeUnload);
}
