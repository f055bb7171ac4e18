import { startExport, type ExportJob } from '../engine';
import type { Sink } from '../sink';
import { TablewiseClient, type Transport } from '../source/client';
import type { FromWorker, SaveTarget, ToWorker } from './protocol';
import { BlobDownloadSink, OpfsDownloadSink, WritableSink } from './sinks';

export interface WorkerEnvironment {
  post: (message: FromWorker) => void;
  storage?: StorageManager;
  transport?: Transport;
}

/**
 * The worker's logic without the worker: one export per worker. Kept apart from worker.ts so
 * it can be driven in tests with fake handles and a fake server.
 */
export function createWorkerHandler(env: WorkerEnvironment): (message: ToWorker) => Promise<void> {
  let job: ExportJob | null = null;
  return async (message) => {
    if (message.type === 'cancel') {
      job?.cancel();
      return;
    }
    if (job) throw new Error('This worker already runs an export');
    let file: File | undefined;
    const sink = await openSink(message.target, env, (f) => (file = f));
    const client = new TablewiseClient({
      baseUrl: message.baseUrl,
      // Same-origin cookies authenticate; XSRF is handled by the client's no-check header.
      headers: message.headers ?? {},
      ...(env.transport ? { transport: env.transport } : {}),
    });
    job = startExport(message.request, { client, sink });
    job.subscribe((progress) => env.post({ type: 'progress', progress }));
    const result = await job.done;
    env.post({
      type: 'done',
      result: {
        outcome: result.outcome,
        exportId: result.exportId,
        rows: result.rows,
        bytes: result.bytes,
        warnings: result.warnings,
        error: result.error ? { kind: result.error.kind, message: result.error.message, status: result.error.status ?? null } : null,
        fileName: result.fileName,
      },
      ...(file ? { file } : {}),
    });
  };
}

async function openSink(target: SaveTarget, env: WorkerEnvironment, onFile: (file: File) => void): Promise<Sink> {
  switch (target.kind) {
    case 'file':
      return WritableSink.forFile(target.handle);
    case 'directory':
      return WritableSink.inDirectory(target.handle, target.name);
    case 'download':
      if (env.storage && typeof FileSystemFileHandle !== 'undefined' && 'createSyncAccessHandle' in FileSystemFileHandle.prototype) {
        try {
          return await OpfsDownloadSink.create(env.storage, target.name, onFile);
        } catch {
          // Private browsing and some embedded browsers refuse the private file system.
        }
      }
      return new BlobDownloadSink(target.name, onFile);
  }
}
