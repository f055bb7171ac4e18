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

export const STAGING_PREFIX = 'tablewise-export-';

/** Delivers the finished staged file: to a picked file or folder, or as a download. */
export type Deliver = (file: File) => Promise<void>;

/**
 * Writes the export to the origin-private file system (on disk, in place, never all in
 * memory) and delivers the finished file on close. Unlike a File System Access writable,
 * whose swap file dies with the page, what is written here survives a closed page, so with
 * the engine's checkpoint the export can continue where it stopped (`reopen`).
 */
export class StagingSink implements Sink {
  private constructor(
    private readonly directory: FileSystemDirectoryHandle,
    readonly entry: string,
    private readonly handle: FileSystemFileHandle,
    private readonly access: FileSystemSyncAccessHandle,
    private position: number,
    private readonly name: string,
    private readonly deliver: Deliver,
    /** Keep the partial output when the export fails (not when cancelled), for a resume. */
    private readonly keepOnFailure: boolean,
  ) {}

  /** Needs a dedicated worker (sync access handles exist only there). `keep`: entries of
   *  pending exports, spared by the clean-up of stale ones. */
  static async create(
    storage: StorageManager,
    name: string,
    deliver: Deliver,
    options: { keepOnFailure?: boolean; keep?: ReadonlySet<string> } = {},
  ): Promise<StagingSink> {
    const directory = await storage.getDirectory();
    await removeStale(directory, options.keep ?? new Set());
    const entry = `${STAGING_PREFIX}${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const handle = await directory.getFileHandle(entry, { create: true });
    const access = await handle.createSyncAccessHandle();
    return new StagingSink(directory, entry, handle, access, 0, name, deliver, options.keepOnFailure ?? false);
  }

  /** Opens a staged output again, cut to `bytes` (the checkpoint's valid length). */
  static async reopen(storage: StorageManager, entry: string, bytes: number, name: string, deliver: Deliver): Promise<StagingSink> {
    const directory = await storage.getDirectory();
    let handle: FileSystemFileHandle;
    try {
      handle = await directory.getFileHandle(entry);
    } catch (error) {
      throw new ExportError('resume', 'The partial output of this export is gone from the browser storage', { cause: error });
    }
    const access = await handle.createSyncAccessHandle();
    if (access.getSize() < bytes) {
      access.close();
      throw new ExportError('resume', 'The partial output is shorter than its checkpoint');
    }
    access.truncate(bytes);
    return new StagingSink(directory, entry, handle, access, bytes, name, deliver, true);
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
    await this.deliver(new File([stored], this.name, { type: mimeType(this.name) }));
  }

  async abort(reason?: unknown): Promise<void> {
    try {
      this.access.flush();
      this.access.close();
    } catch {
      // already closed
    }
    const cancelled = !(reason instanceof ExportError) || reason.kind === 'cancelled';
    if (cancelled || !this.keepOnFailure) await this.remove();
  }

  /** Drops the staged file (after it was copied to its target). */
  remove(): Promise<void> {
    return this.directory.removeEntry(this.entry).catch(() => undefined);
  }
}

/** Copies a finished staged file into a picked file, committing it in one step. */
export async function copyToFile(file: File, handle: FileSystemFileHandle): Promise<void> {
  let writable: FileSystemWritableFileStream;
  try {
    writable = await handle.createWritable({ keepExistingData: false });
  } catch (error) {
    throw new ExportError('sink', `The file could not be opened for writing: ${(error as Error).message}`, { cause: error });
  }
  try {
    // pipeTo closes the writable, which is what commits the swap file into place.
    await file.stream().pipeTo(writable as unknown as WritableStream<Uint8Array>);
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw new ExportError('sink', `The file could not be written: ${(error as Error).message}`, { cause: error });
  }
}

/** Staged files of finished downloads and of pending exports nobody resumes go after a while. */
export async function removeStale(directory: FileSystemDirectoryHandle, keep: ReadonlySet<string>, now = Date.now()): Promise<void> {
  const entries = (directory as FileSystemDirectoryHandle & { keys?: () => AsyncIterable<string> }).keys?.();
  if (!entries) return;
  const hourAgo = now - 3_600_000;
  const stale: string[] = [];
  for await (const key of entries) {
    const started = Number(key.slice(STAGING_PREFIX.length).split('-')[0]);
    if (key.startsWith(STAGING_PREFIX) && !keep.has(key) && started < hourAgo) stale.push(key);
  }
  for (const key of stale) await directory.removeEntry(key).catch(() => undefined);
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
