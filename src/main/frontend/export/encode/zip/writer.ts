import type { ByteOut } from '../types';
import { crc32 } from './crc32';
import { type DeflateFactory, type DeflateLevel, defaultDeflate } from './deflate';

export type { DeflateLevel, DeflateFactory };

/** What the central directory needs of one finished entry; also what a resume restores. */
export interface ZipEntryRecord {
  name: string;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Enough to continue an archive after its last finished entry (see resume.ts). */
export interface ZipState {
  offset: number;
  entries: ZipEntryRecord[];
}

export interface ZipOptions {
  level: DeflateLevel;
  /** Timestamp of every entry; the export's start, so a resumed archive is byte-identical. */
  modified: Date;
  /** Write ZIP64 records even when nothing needs them (tests). */
  forceZip64?: boolean;
  /** Default: the platform's CompressionStream, fflate where it is missing. */
  deflate?: DeflateFactory;
}

const U32 = 0xffffffff;
const U16 = 0xffff;
// bit 3: sizes follow the data (streaming); bit 11: names are UTF-8.
const FLAGS = 0x0808;

/**
 * A streaming ZIP writer: local header, deflated data, data descriptor per entry, then the
 * central directory. Own framing (fflate only deflates) because a resume must re-open an
 * archive after its last finished entry, and because fflate's Zip has no ZIP64: a whole-instance
 * export passes 4 GiB. ZIP64 records are written only where a size or offset needs them, so
 * ordinary archives stay readable by every tool.
 */
export class ZipWriter {
  private offset: number;
  private readonly entries: ZipEntryRecord[];
  private current: ZipEntryWriter | null = null;
  private readonly time: number;
  private readonly date: number;

  constructor(
    private readonly out: ByteOut,
    private readonly options: ZipOptions,
    restore?: ZipState,
  ) {
    this.offset = restore?.offset ?? 0;
    this.entries = restore ? restore.entries.map((e) => ({ ...e })) : [];
    [this.time, this.date] = dosDateTime(options.modified);
  }

  state(): ZipState {
    return { offset: this.offset, entries: this.entries.map((e) => ({ ...e })) };
  }

  /** Starts an entry; `level` overrides the archive's (1 for already-compressed content). */
  async entry(name: string, level: DeflateLevel = this.options.level): Promise<ZipEntryWriter> {
    if (this.current) throw new Error('Finish the previous ZIP entry first');
    const nameBytes = new TextEncoder().encode(name);
    const header = new Uint8Array(30 + nameBytes.length);
    const v = new DataView(header.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, FLAGS, true);
    v.setUint16(8, 8, true);
    v.setUint16(10, this.time, true);
    v.setUint16(12, this.date, true);
    v.setUint16(26, nameBytes.length, true);
    header.set(nameBytes, 30);
    const start = this.offset;
    await this.emit(header);
    this.current = new ZipEntryWriter(this, name, start, (this.options.deflate ?? defaultDeflate)(level));
    return this.current;
  }

  /** Writes the central directory: after this the archive is complete. */
  async finish(): Promise<void> {
    if (this.current) throw new Error('Finish the last ZIP entry first');
    const start = this.offset;
    const encoder = new TextEncoder();
    for (const e of this.entries) {
      const name = encoder.encode(e.name);
      const zip64 = this.options.forceZip64 === true;
      const extras: number[] = [];
      if (zip64 || e.size >= U32) extras.push(e.size);
      if (zip64 || e.compressedSize >= U32) extras.push(e.compressedSize);
      if (zip64 || e.offset >= U32) extras.push(e.offset);
      const extraLength = extras.length > 0 ? 4 + 8 * extras.length : 0;
      const h = new Uint8Array(46 + name.length + extraLength);
      const v = new DataView(h.buffer);
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, 45, true);
      v.setUint16(6, extras.length > 0 ? 45 : 20, true);
      v.setUint16(8, FLAGS, true);
      v.setUint16(10, 8, true);
      v.setUint16(12, this.time, true);
      v.setUint16(14, this.date, true);
      v.setUint32(16, e.crc, true);
      v.setUint32(20, zip64 || e.compressedSize >= U32 ? U32 : e.compressedSize, true);
      v.setUint32(24, zip64 || e.size >= U32 ? U32 : e.size, true);
      v.setUint16(28, name.length, true);
      v.setUint16(30, extraLength, true);
      v.setUint32(42, zip64 || e.offset >= U32 ? U32 : e.offset, true);
      h.set(name, 46);
      if (extraLength > 0) {
        let p = 46 + name.length;
        v.setUint16(p, 0x0001, true);
        v.setUint16(p + 2, 8 * extras.length, true);
        p += 4;
        for (const x of extras) {
          setUint64(v, p, x);
          p += 8;
        }
      }
      await this.emit(h);
    }
    const size = this.offset - start;
    const needs64 =
      this.options.forceZip64 === true || this.entries.length >= U16 || start >= U32 || size >= U32;
    if (needs64) {
      const eocd64At = this.offset;
      const r = new Uint8Array(56 + 20);
      const v = new DataView(r.buffer);
      v.setUint32(0, 0x06064b50, true);
      setUint64(v, 4, 44);
      v.setUint16(12, 45, true);
      v.setUint16(14, 45, true);
      setUint64(v, 24, this.entries.length);
      setUint64(v, 32, this.entries.length);
      setUint64(v, 40, size);
      setUint64(v, 48, start);
      v.setUint32(56, 0x07064b50, true);
      setUint64(v, 64, eocd64At);
      v.setUint32(72, 1, true);
      await this.emit(r);
    }
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, needs64 ? U16 : this.entries.length, true);
    v.setUint16(10, needs64 ? U16 : this.entries.length, true);
    v.setUint32(12, needs64 ? U32 : size, true);
    v.setUint32(16, needs64 ? U32 : start, true);
    await this.emit(end);
  }

  /** @internal */
  async emit(chunk: Uint8Array): Promise<void> {
    if (chunk.length === 0) return;
    this.offset += chunk.length;
    await this.out.write(chunk);
  }

  /** @internal */
  closed(record: ZipEntryRecord): void {
    this.entries.push(record);
    this.current = null;
  }
}

/** One entry being written; its bytes are deflated as they come. */
export class ZipEntryWriter implements ByteOut {
  private crc = 0;
  private size = 0;
  private compressedSize = 0;
  private readonly writer: WritableStreamDefaultWriter<Uint8Array>;
  private readonly pumped: Promise<void>;
  /** Rejects when the output side fails, so a write never waits on a dead pump. */
  private readonly failure: Promise<never>;

  constructor(
    private readonly zip: ZipWriter,
    private readonly name: string,
    private readonly offset: number,
    deflate: TransformStream<Uint8Array, Uint8Array>,
  ) {
    this.writer = deflate.writable.getWriter();
    const reader = deflate.readable.getReader();
    // Compressed output goes to the archive in order, one chunk at a time: when the sink is
    // slow, reading stops, the transform's queue fills and write() waits. That is the backpressure.
    this.pumped = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        this.compressedSize += value.length;
        await this.zip.emit(value);
      }
    })();
    this.failure = this.pumped.then(() => new Promise<never>(() => undefined));
    this.failure.catch(() => undefined);
  }

  async write(chunk: Uint8Array): Promise<void> {
    if (chunk.length === 0) return;
    this.crc = crc32(chunk, this.crc);
    this.size += chunk.length;
    await Promise.race([this.writer.write(chunk), this.failure]);
  }

  async end(): Promise<ZipEntryRecord> {
    await Promise.race([this.writer.close(), this.failure]);
    await this.pumped;
    const large = this.size >= U32 || this.compressedSize >= U32;
    const d = new Uint8Array(large ? 24 : 16);
    const v = new DataView(d.buffer);
    v.setUint32(0, 0x08074b50, true);
    v.setUint32(4, this.crc, true);
    if (large) {
      setUint64(v, 8, this.compressedSize);
      setUint64(v, 16, this.size);
    } else {
      v.setUint32(8, this.compressedSize, true);
      v.setUint32(12, this.size, true);
    }
    await this.zip.emit(d);
    const record = { name: this.name, crc: this.crc, compressedSize: this.compressedSize, size: this.size, offset: this.offset };
    this.zip.closed(record);
    return record;
  }
}

function setUint64(v: DataView, at: number, value: number): void {
  v.setUint32(at, value >>> 0, true);
  v.setUint32(at + 4, Math.floor(value / 0x100000000), true);
}

/** MS-DOS time and date words, from UTC so the bytes do not depend on the machine's zone. */
function dosDateTime(d: Date): [number, number] {
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return [time, date];
}
