import { once } from 'node:events';
import { type FileHandle, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { type Checkpoint, type CheckpointStore, parseCheckpoint } from '../export/resume';
import type { Sink } from '../export/sink';
import { ExportError } from '../export/source/errors';

/** `out.partial` while writing; `out` only once complete. Never the other way round. */
export function partialPath(out: string): string {
  return `${out}.partial`;
}

export function checkpointPath(out: string): string {
  return `${out}.partial.checkpoint.json`;
}

/**
 * Writes `out.partial` and renames it to `out` on close, so a file under the real name is
 * always complete. abort() keeps the `.partial` for --resume; the CLI removes it when there
 * is nothing worth resuming.
 */
export class FileSink implements Sink {
  private constructor(
    private readonly out: string,
    private readonly handle: FileHandle,
    private position: number,
  ) {}

  /** `resumeAt`: keep that many bytes of an existing partial file and append after them. */
  static async open(out: string, resumeAt?: number): Promise<FileSink> {
    const partial = partialPath(out);
    if (resumeAt === undefined) return new FileSink(out, await open(partial, 'w'), 0);
    const size = await stat(partial).then(
      (s) => s.size,
      () => -1,
    );
    if (size < resumeAt) {
      throw new ExportError('resume', `${partial} is ${size < 0 ? 'missing' : 'shorter than its checkpoint'}; start over with --force`);
    }
    const handle = await open(partial, 'r+');
    // Bytes written after the last checkpoint are cut off and written again.
    await handle.truncate(resumeAt);
    return new FileSink(out, handle, resumeAt);
  }

  async write(chunk: Uint8Array): Promise<void> {
    try {
      await this.handle.write(chunk, 0, chunk.length, this.position);
    } catch (error) {
      throw new ExportError('sink', `Cannot write ${partialPath(this.out)}: ${(error as Error).message}`, { cause: error });
    }
    this.position += chunk.length;
  }

  async close(): Promise<void> {
    await this.handle.sync();
    await this.handle.close();
    await rename(partialPath(this.out), this.out);
  }

  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}

/** Streams to stdout, waiting for 'drain' so a slow pipe slows the export instead of memory. */
export class StdoutSink implements Sink {
  constructor(private readonly stream: Writable) {}

  async write(chunk: Uint8Array): Promise<void> {
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {}

  async abort(): Promise<void> {}
}

/** The checkpoint beside the partial file, replaced atomically so a kill never leaves half of it. */
export class FileCheckpointStore implements CheckpointStore {
  constructor(private readonly out: string) {}

  async save(checkpoint: Checkpoint): Promise<void> {
    const path = checkpointPath(this.out);
    await writeFile(`${path}.tmp`, JSON.stringify(checkpoint));
    await rename(`${path}.tmp`, path);
  }

  async clear(): Promise<void> {
    await unlink(checkpointPath(this.out)).catch(() => undefined);
  }

  async load(): Promise<Checkpoint | null> {
    const text = await readFile(checkpointPath(this.out), 'utf8').catch(() => null);
    return text === null ? null : parseCheckpoint(text);
  }
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export async function removeQuietly(...paths: string[]): Promise<void> {
  for (const path of paths) await unlink(path).catch(() => undefined);
}
