import type { ByteOut } from './encode/types';
import { Sha256 } from './encode/sha256';
import type { Sink } from './sink';

/**
 * Coalesces small chunks (deflate emits many) into ~1 MiB writes and counts bytes. `bytes`
 * counts what was accepted; only after flush() is it all in the sink, which is when a
 * checkpoint may record it.
 */
export class CountingOut implements ByteOut {
  private readonly buffer: Uint8Array;
  private used = 0;

  constructor(
    private readonly sink: Sink,
    public bytes: number,
    bufferSize = 1 << 20,
  ) {
    this.buffer = new Uint8Array(bufferSize);
  }

  async write(chunk: Uint8Array): Promise<void> {
    if (chunk.length === 0) return;
    this.bytes += chunk.length;
    if (this.used + chunk.length > this.buffer.length) await this.flush();
    if (chunk.length >= this.buffer.length / 2) {
      await this.sink.write(chunk);
      return;
    }
    this.buffer.set(chunk, this.used);
    this.used += chunk.length;
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    // A copy: sinks may hold on to a chunk (a download fallback keeps them all).
    const chunk = this.buffer.slice(0, this.used);
    this.used = 0;
    await this.sink.write(chunk);
  }
}

/** Counts and hashes what passes, for the manifest. */
export class HashingOut implements ByteOut {
  readonly sha = new Sha256();
  bytes = 0;

  constructor(private readonly inner: ByteOut) {}

  write(chunk: Uint8Array): Promise<void> {
    this.sha.update(chunk);
    this.bytes += chunk.length;
    return this.inner.write(chunk);
  }
}
