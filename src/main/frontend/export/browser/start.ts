import { initialProgress, type ExportProgress } from '../progress';
import { type ExportRequest, suggestedFileName } from '../request';
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
}

/** Runs an export in a worker; the React pages render `progress` and call `cancel`. */
export function startBrowserExport(options: BrowserExportOptions): BrowserExport {
  let current = initialProgress();
  const listeners = new Set<(p: ExportProgress) => void>();
  const { worker } = options;
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
  const start: ToWorker = { type: 'start', request: options.request, baseUrl: options.baseUrl, target: options.target };
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
