/**
 * Where an export's bytes end up: a file in Node, a File System Access file or a download in
 * the browser. The one rule: the output looks complete only after close(), which only the
 * engine calls, and only once every byte is written. Anything else ends in abort().
 */
export interface Sink {
  /** Resolves when the chunk is accepted; awaiting it is the export's backpressure. A sink
   *  must not keep a reference to the chunk after it resolves unless it copies it. */
  write(chunk: Uint8Array): Promise<void>;
  /** Makes the output complete: rename into place, commit the writable, offer the download. */
  close(): Promise<void>;
  /**
   * Stops without completing. Leaves nothing that looks complete: either nothing, or a file
   * that says it is partial (`name.partial`) for a later resume.
   */
  abort(reason?: unknown): Promise<void>;
}

/** Keeps everything in memory; for tests and small previews. */
export class MemorySink implements Sink {
  readonly chunks: Uint8Array[] = [];
  state: 'open' | 'closed' | 'aborted' = 'open';

  constructor(initial?: Uint8Array) {
    if (initial && initial.length > 0) this.chunks.push(initial.slice());
  }

  async write(chunk: Uint8Array): Promise<void> {
    if (this.state !== 'open') throw new Error(`write after ${this.state}`);
    this.chunks.push(chunk.slice());
  }

  async close(): Promise<void> {
    this.state = 'closed';
  }

  async abort(): Promise<void> {
    this.state = 'aborted';
  }

  bytes(): Uint8Array {
    const total = this.chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
