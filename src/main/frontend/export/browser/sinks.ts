import type { Sink } from '../sink';
import { ExportError } from '../source/errors';

/**
 * File System Access: the browser writes to a hidden swap file and replaces the target only
 * when close() commits, so an aborted export never shows up as a finished file.
 */
export class WritableSink implements Sink {
  constructor(
    private readonly writable: FileSystemWritableFileStream,
    /** Removes the (empty) file the picker or the directory created, on abort. */
    private readonly discard: () => Promise<void>,
  ) {}

  static async forFile(handle: FileSystemFileHandle): Promise<WritableSink> {
    const writable = await handle.createWritable({ keepExistingData: false });
    // Chromium's non-standard remove(): the picker has already created an empty file.
    const removable = handle as FileSystemFileHandle & { remove?: () => Promise<void> };
    return new WritableSink(writable, async () => {
      await removable.remove?.();
    });
  }

  static async inDirectory(directory: FileSystemDirectoryHandle, name: string): Promise<WritableSink> {
    const handle = await directory.getFileHandle(name, { create: true });
    const writable = await handle.createWritable({ keepExistingData: false });
    return new WritableSink(writable, () => directory.removeEntry(name));
  }

  async write(chunk: Uint8Array): Promise<void> {
    try {
      await this.writable.write(chunk as Uint8Array<ArrayBuffer>);
    } catch (error) {
      throw new ExportError('sink', `The file could not be written: ${(error as Error).message}`, { cause: error });
    }
  }

  close(): Promise<void> {
    return this.writable.close();
  }

  async abort(): Promise<void> {
    await this.writable.abort().catch(() => undefined);
    await this.discard().catch(() => undefined);
  }
}

const OPFS_PREFIX = 'tablewise-export-';

/**
 * The download fallback: the export is written to the origin-private file system (on disk,
 * never all in memory), and on close the finished File is handed to the page to download.
 */
export class OpfsDownloadSink implements Sink {
  private position = 0;

  private constructor(
    private readonly directory: FileSystemDirectoryHandle,
    private readonly entry: string,
    private readonly handle: FileSystemFileHandle,
    private readonly access: FileSystemSyncAccessHandle,
    private readonly name: string,
    private readonly onFile: (file: File) => void,
  ) {}

  /** Needs a dedicated worker (sync access handles exist only there). */
  static async create(storage: StorageManager, name: string, onFile: (file: File) => void): Promise<OpfsDownloadSink> {
    const directory = await storage.getDirectory();
    await removeStale(directory);
    const entry = `${OPFS_PREFIX}${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const handle = await directory.getFileHandle(entry, { create: true });
    const access = await handle.createSyncAccessHandle();
    return new OpfsDownloadSink(directory, entry, handle, access, name, onFile);
  }

  async write(chunk: Uint8Array): Promise<void> {
    let written = 0;
    while (written < chunk.length) {
      const n = this.access.write(chunk.subarray(written) as Uint8Array<ArrayBuffer>, { at: this.position + written });
      if (n <= 0) throw new ExportError('sink', 'The browser storage is full');
      written += n;
    }
    this.position += chunk.length;
  }

  async close(): Promise<void> {
    this.access.flush();
    this.access.close();
    const stored = await this.handle.getFile();
    this.onFile(new File([stored], this.name, { type: mimeType(this.name) }));
  }

  async abort(): Promise<void> {
    try {
      this.access.close();
    } catch {
      // already closed
    }
    await this.directory.removeEntry(this.entry).catch(() => undefined);
  }
}

/** Finished exports stay in the private file system until the page has downloaded them. */
async function removeStale(directory: FileSystemDirectoryHandle): Promise<void> {
  const entries = (directory as FileSystemDirectoryHandle & { keys?: () => AsyncIterable<string> }).keys?.();
  if (!entries) return;
  const hourAgo = Date.now() - 3_600_000;
  for await (const key of entries) {
    const started = Number(key.slice(OPFS_PREFIX.length).split('-')[0]);
    if (key.startsWith(OPFS_PREFIX) && started < hourAgo) await directory.removeEntry(key).catch(() => undefined);
  }
}

/** Last resort where there is no private file system either: memory, so only for small exports. */
export class BlobDownloadSink implements Sink {
  private readonly parts: Uint8Array<ArrayBuffer>[] = [];

  constructor(
    private readonly name: string,
    private readonly onFile: (file: File) => void,
  ) {}

  async write(chunk: Uint8Array): Promise<void> {
    this.parts.push(chunk.slice() as Uint8Array<ArrayBuffer>);
  }

  async close(): Promise<void> {
    this.onFile(new File(this.parts, this.name, { type: mimeType(this.name) }));
    this.parts.length = 0;
  }

  async abort(): Promise<void> {
    this.parts.length = 0;
  }
}

export function mimeType(name: string): string {
  if (name.endsWith('.csv')) return 'text/csv;charset=utf-8';
  if (name.endsWith('.jsonl')) return 'application/jsonl';
  if (name.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (name.endsWith('.zip')) return 'application/zip';
  return 'application/octet-stream';
}
