import { startExport, type ExportJob, type ExportResult } from '../engine';
import type { ExportProgress } from '../progress';
import { resolveRequest, suggestedFileName, type ExportRequest } from '../request';
import type { Checkpoint } from '../resume';
import type { Sink } from '../sink';
import { TablewiseClient, type Transport } from '../source/client';
import { withServerVersions } from '../versions';
import { ExportError } from '../source/errors';
import { PendingCheckpoints, pendingLockName, type PendingExport, type PendingStore } from './pending';
import type { BrowserExportResult, FromWorker, SaveTarget, ToWorker } from './protocol';
import { BlobDownloadSink, copyToFile, StagingSink, WritableSink } from './sinks';

export interface WorkerEnvironment {
  post: (message: FromWorker) => void;
  storage?: StorageManager;
  transport?: Transport;
  /** Where resumable exports are remembered (IndexedDB in the browser). */
  pending?: PendingStore;
  /** Held while an export runs, so a page can tell a stopped export from a running one. */
  locks?: LockManager;
  now?: () => Date;
}

type StartMessage = Extract<ToWorker, { type: 'start' | 'resume' }>;

interface OpenedSink {
  sink: Sink;
  /** The origin-private file the output is staged in; null when written directly. */
  staging: string | null;
}

/**
 * The worker's logic without the worker: one export per worker. Kept apart from worker.ts so
 * it can be driven in tests with fake handles and a fake server.
 */
export function createWorkerHandler(env: WorkerEnvironment): (message: ToWorker) => Promise<void> {
  let job: ExportJob | null = null;
  let cancelled = false;
  let started = false;
  return async (message) => {
    if (message.type === 'cancel') {
      cancelled = true;
      job?.cancel();
      return;
    }
    if (started) throw new Error('This worker already runs an export');
    started = true;
    const resuming = message.type === 'resume' ? message.pending : null;
    const request: ExportRequest = message.type === 'resume' ? message.pending.checkpoint.request : message.request;
    const target = message.type === 'resume' ? message.pending.target : message.target;
    const pendingId = message.type === 'resume' ? message.pending.id : message.pendingId;
    let file: File | undefined;
    let store: PendingCheckpoints | undefined;

    const run = async (): Promise<BrowserExportResult> => {
      let opened: OpenedSink;
      try {
        resolveRequest(request);
        opened = await openSink(target, env, (f) => (file = f), {
          resume: resuming,
          keepOnFailure: pendingId !== undefined && env.pending !== undefined,
        });
      } catch (error) {
        return failedBeforeStart(request, error);
      }
      if (pendingId !== undefined && env.pending && opened.staging !== null) {
        store = new PendingCheckpoints(
          env.pending,
          {
            id: pendingId,
            startedAt: resuming?.startedAt ?? (env.now ?? (() => new Date()))().toISOString(),
            fileName: suggestedFileName(request),
            tables: request.tables.map((t) => t.table),
            format: request.format,
            target,
            staging: opened.staging,
          },
          env.now,
        );
      }
      const client = clientFor(message, env);
      // A resumed export keeps the versions its header was written with.
      const versioned = resuming ? request : await withServerVersions(request, client);
      job = startExport(versioned, {
        client,
        sink: opened.sink,
        ...(store ? { checkpoints: store } : {}),
        ...(resuming ? { resume: resuming.checkpoint as Checkpoint } : {}),
      });
      if (cancelled) job.cancel();
      job.subscribe((progress: ExportProgress) => {
        store?.note(progress.exportId, progress.estimatedRows);
        env.post({ type: 'progress', progress });
      });
      const result = await job.done;
      // A completed export cleared its checkpoint; a cancelled one leaves nothing to resume.
      if (store && result.outcome === 'CANCELLED') await store.clear().catch(() => undefined);
      return toResult(result, result.outcome === 'FAILED' && store !== undefined);
    };

    const result = pendingId !== undefined && env.locks ? await env.locks.request(pendingLockName(pendingId), run) : await run();
    env.post({ type: 'done', result, ...(file ? { file } : {}) });
  };
}

function clientFor(message: StartMessage, env: WorkerEnvironment): TablewiseClient {
  return new TablewiseClient({
    baseUrl: message.baseUrl,
    // Same-origin cookies authenticate; XSRF is handled by the client's no-check header.
    headers: message.headers ?? {},
    ...(env.transport ? { transport: env.transport } : {}),
  });
}

function toResult(result: ExportResult, resumable: boolean): BrowserExportResult {
  return {
    outcome: result.outcome,
    exportId: result.exportId,
    rows: result.rows,
    bytes: result.bytes,
    warnings: result.warnings,
    error: result.error ? { kind: result.error.kind, message: result.error.message, status: result.error.status ?? null } : null,
    fileName: result.fileName,
    resumable,
  };
}

/** The output could not even be opened (a revoked permission, a vanished staged file). */
function failedBeforeStart(request: ExportRequest, error: unknown): BrowserExportResult {
  let fileName = 'export';
  try {
    fileName = suggestedFileName(request);
  } catch {
    // an invalid request names no file
  }
  const failure =
    error instanceof ExportError
      ? error
      : error instanceof RangeError
        ? new ExportError('bad-request', error.message)
        : new ExportError('sink', `The output could not be opened: ${error instanceof Error ? error.message : String(error)}`);
  return {
    outcome: 'FAILED',
    exportId: null,
    rows: 0,
    bytes: 0,
    warnings: [],
    error: { kind: failure.kind, message: failure.message, status: null },
    fileName,
    resumable: false,
  };
}

function canStage(env: WorkerEnvironment): env is WorkerEnvironment & { storage: StorageManager } {
  return Boolean(env.storage) && typeof FileSystemFileHandle !== 'undefined' && 'createSyncAccessHandle' in FileSystemFileHandle.prototype;
}

async function openSink(
  target: SaveTarget,
  env: WorkerEnvironment,
  onFile: (file: File) => void,
  options: { resume: PendingExport | null; keepOnFailure: boolean },
): Promise<OpenedSink> {
  // Where the finished staged file goes.
  const deliver = async (file: File): Promise<void> => {
    switch (target.kind) {
      case 'file':
        await copyToFile(file, target.handle);
        break;
      case 'directory':
        await copyToFile(file, await target.handle.getFileHandle(target.name, { create: true }));
        break;
      case 'download':
        onFile(file);
        return; // the page downloads it from the staged file; stale clean-up removes it later
    }
    await staged?.remove();
  };
  let staged: StagingSink | null = null;
  const name = target.kind === 'file' ? target.handle.name : target.name;

  if (options.resume) {
    if (!canStage(env)) throw new ExportError('resume', 'This browser has no private file system to continue from');
    staged = await StagingSink.reopen(env.storage, options.resume.staging, options.resume.checkpoint.bytes, name, deliver);
    return { sink: staged, staging: staged.entry };
  }
  if (canStage(env)) {
    try {
      const keep = new Set((await env.pending?.list().catch(() => []))?.map((p) => p.staging) ?? []);
      staged = await StagingSink.create(env.storage, name, deliver, { keepOnFailure: options.keepOnFailure, keep });
      return { sink: staged, staging: staged.entry };
    } catch {
      // Private browsing and some embedded browsers refuse the private file system.
    }
  }
  switch (target.kind) {
    case 'file':
      return { sink: await WritableSink.forFile(target.handle), staging: null };
    case 'directory':
      return { sink: await WritableSink.inDirectory(target.handle, target.name), staging: null };
    case 'download':
      return { sink: new BlobDownloadSink(target.name, onFile), staging: null };
  }
}
