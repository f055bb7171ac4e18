import type { ExportProgress } from '../progress';
import type { ExportRequest } from '../request';
import type { FailureKind } from '../source/errors';
import type { PendingExport } from './pending';

/**
 * Where the bytes go. File System Access handles cross postMessage (they are structured
 * clonable), so the picker runs on the page (it needs the click) and the worker writes.
 */
export type SaveTarget =
  /** From showSaveFilePicker: written through a swap file, committed on close. */
  | { kind: 'file'; handle: FileSystemFileHandle }
  /** From showDirectoryPicker: the worker creates `name` in it. */
  | { kind: 'directory'; handle: FileSystemDirectoryHandle; name: string }
  /** No File System Access: written to the origin-private file system, then downloaded. */
  | { kind: 'download'; name: string };

export type ToWorker =
  | {
      type: 'start';
      request: ExportRequest;
      baseUrl: string;
      target: SaveTarget;
      headers?: Record<string, string>;
      /**
       * Remember the export under this id (checkpoint in IndexedDB, output staged in the
       * origin-private file system) so it can be resumed after a failure or a closed page.
       */
      pendingId?: string;
    }
  /** Continue a remembered export from its checkpoint, into the same target. */
  | { type: 'resume'; pending: PendingExport; baseUrl: string; headers?: Record<string, string> }
  | { type: 'cancel' };

export interface BrowserExportResult {
  outcome: 'COMPLETED' | 'CANCELLED' | 'FAILED';
  exportId: string | null;
  rows: number;
  bytes: number;
  warnings: string[];
  error: { kind: FailureKind; message: string; status: number | null } | null;
  fileName: string;
  /** A failed export left a checkpoint and its partial output: it can be resumed. */
  resumable: boolean;
}

export type FromWorker =
  | { type: 'progress'; progress: ExportProgress }
  /** `file`: for download targets, the finished file (disk-backed) for the page to offer. */
  | { type: 'done'; result: BrowserExportResult; file?: File };
