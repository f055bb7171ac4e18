import { initialProgress, type ExportProgress } from '../progress';
import { type ExportRequest, suggestedFileName } from '../request';
import { PENDING_TTL_MS, pendingLockName, type PendingExport, type PendingStore } from './pending';
import type { BrowserExportResult, FromWorker, SaveTarget, ToWorker } from './protocol';
import { mimeType } from './sinks';

interface PickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName: string;
    types?: Array<{ description: string; accept: Record<string, string[]> }>;
  }) => Promise<FileSystemFileHandle>;
  showDirectoryPicker?: (options: { mode: 'readwrite' }) => Promise<FileSystemDirectoryHandle>;
}

/**
 * Asks where to save. Call it first thing in the click handler: the pickers need the user's
 * click, and any await before them loses it. Returns null when the user cancels the picker.
 * Without File System Access (Firefox, Safari, plain http) it falls back to a download.
 */
export async function chooseSaveTarget(request: Pick<ExportRequest, 'tables' | 'format'>, mode: 'file' | 'directory' = 'file'): Promise<SaveTarget | null> {
  const name = suggestedFileName(request);
  const w = window as unknown as PickerWindow;
  if (!window.isSecureContext) return { kind: 'download', name };
  try {
    if (mode === 'directory' && w.showDirectoryPicker) {
      return { kind: 'directory', handle: await w.showDirectoryPicker({ mode: 'readwrite' }), name };
    }
    if (w.showSaveFilePicker) {
      const extension = name.slice(name.lastIndexOf('.'));
      const handle = await w.showSaveFilePicker({
        suggestedName: name,
        types: [{ description: extension.slice(1).toUpperCase(), accept: { [mimeType(name).split(';')[0] ?? '']: [extension] } }],
      });
      return { kind: 'file', handle };
    }
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
  return { kind: 'download', name };
}

export interface BrowserExport {
  readonly progress: ExportProgress;
  subscribe(listener: (progress: ExportProgress) => void): () => void;
  cancel(): void;
  /** Settles when the worker is done; a download target has been offered by then. */
  readonly done: Promise<BrowserExportResult>;
}

export interface BrowserExportOptions {
  request: ExportRequest;
  /** Absolute REST root, e.g. `${location.origin}${contextPath}/rest/tablewise/1.0`. */
  baseUrl: string;
  target: SaveTarget;
  /** A fresh export worker (see worker.ts); terminated when the export ends. */
  worker: Worker;
  /**
   * Remember the export under this id so it can continue after a failure or a closed page
   * (see newPendingId, listPendingExports). Without it nothing is kept.
   */
  pendingId?: string;
}

/** Runs an export in a worker; the React pages render `progress` and call `cancel`. */
export function startBrowserExport(options: BrowserExportOptions): BrowserExport {
  return runInWorker(options.worker, {
    type: 'start',
    request: options.request,
    baseUrl: options.baseUrl,
    target: options.target,
    ...(options.pendingId !== undefined ? { pendingId: options.pendingId } : {}),
  });
}

/**
 * Continues a pending export in a fresh worker. For a picked file or folder, call
 * ensureWritePermission first, in the click handler.
 */
export function resumeBrowserExport(options: { pending: PendingExport; baseUrl: string; worker: Worker }): BrowserExport {
  return runInWorker(options.worker, { type: 'resume', pending: options.pending, baseUrl: options.baseUrl });
}

function runInWorker(worker: Worker, start: Extract<ToWorker, { type: 'start' | 'resume' }>): BrowserExport {
  let current = initialProgress();
  const listeners = new Set<(p: ExportProgress) => void>();
  const done = new Promise<BrowserExportResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress') {
        current = message.progress;
        for (const listener of listeners) listener(current);
        return;
      }
      if (message.file) offerDownload(message.file);
      worker.terminate();
      resolve(message.result);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The export worker failed'));
    };
  });
  worker.postMessage(start);
  return {
    get progress() {
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cancel() {
      const message: ToWorker = { type: 'cancel' };
      worker.postMessage(message);
    },
    done,
  };
}

/** An id for a pending export; crypto.randomUUID needs a secure context, this does not. */
export function newPendingId(): string {
  const random = globalThis.crypto?.getRandomValues?.(new Uint32Array(2)) ?? [Math.random() * 2 ** 32, Math.random() * 2 ** 32];
  return `${Date.now().toString(36)}-${Array.from(random, (n) => Math.floor(n).toString(36)).join('')}`;
}

/**
 * Exports that stopped and can continue: remembered, not running in any tab or worker (no
 * one holds their lock), not expired. Expired ones are discarded on the way.
 */
export async function listPendingExports(
  store: PendingStore,
  options: { locks?: LockManager; storage?: StorageManager; now?: number } = {},
): Promise<PendingExport[]> {
  const all = await store.list();
  const held = new Set(((await options.locks?.query())?.held ?? []).map((lock) => lock.name));
  const now = options.now ?? Date.now();
  const live: PendingExport[] = [];
  for (const pending of all) {
    if (now - Date.parse(pending.updatedAt) > PENDING_TTL_MS) {
      await discardPendingExport(pending, store, options.storage);
    } else if (!held.has(pendingLockName(pending.id))) {
      live.push(pending);
    }
  }
  return live.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Forgets a pending export and removes its staged output. */
export async function discardPendingExport(pending: PendingExport, store: PendingStore, storage?: StorageManager): Promise<void> {
  await store.delete(pending.id);
  const directory = await storage?.getDirectory().catch(() => undefined);
  await directory?.removeEntry(pending.staging).catch(() => undefined);
}

interface PermissionHandle {
  queryPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
}

/**
 * A handle kept from an earlier page needs the user's permission again. Call it first thing
 * in the click handler (the prompt needs the click); false when the user says no.
 */
export async function ensureWritePermission(target: SaveTarget): Promise<boolean> {
  if (target.kind === 'download') return true;
  const handle = target.handle as unknown as PermissionHandle;
  if (!handle.requestPermission) return true;
  if ((await handle.queryPermission?.({ mode: 'readwrite' })) === 'granted') return true;
  return (await handle.requestPermission({ mode: 'readwrite' })) === 'granted';
}

/** Hands a finished file to the browser's download manager. */
export function offerDownload(file: File): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference by now; keep the URL a while for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
