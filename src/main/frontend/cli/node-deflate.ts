import { Duplex } from 'node:stream';
import { createDeflateRaw } from 'node:zlib';
import type { DeflateFactory } from '../export/encode/zip/deflate';

/**
 * Node's zlib with the level honoured (CompressionStream has none): level 1 on sheet XML runs
 * at ~100 MB/s against ~40 MB/s for the default level, with output only ~5% larger.
 */
export const nodeDeflate: DeflateFactory = (level) =>
  Duplex.toWeb(createDeflateRaw({ level })) as unknown as TransformStream<Uint8Array, Uint8Array>;
