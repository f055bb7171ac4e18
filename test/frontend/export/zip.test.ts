// @vitest-environment node
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Sha256 } from '../../../src/main/frontend/export/encode/sha256';
import { crc32 } from '../../../src/main/frontend/export/encode/zip/crc32';
import { ZipWriter } from '../../../src/main/frontend/export/encode/zip/writer';
import { MemorySink } from '../../../src/main/frontend/export/sink';
import { lcg } from './support/jiraissue';

function randomBytes(n: number, seed: number): Uint8Array {
  const r = lcg(seed);
  return Uint8Array.from({ length: n }, () => Math.floor(r() * 256));
}

async function zipOf(files: Record<string, Uint8Array[]>, forceZip64 = false): Promise<Uint8Array> {
  const sink = new MemorySink();
  const zip = new ZipWriter(sink, { level: 6, modified: new Date('2026-11-22T10:11:12Z'), forceZip64 });
  for (const [name, chunks] of Object.entries(files)) {
    const entry = await zip.entry(name);
    for (const c of chunks) await entry.write(c);
    await entry.end();
  }
  await zip.finish();
  return sink.bytes();
}

describe('SHA-256 and CRC-32', () => {
  it('matches node:crypto for every split of the input', () => {
    const data = randomBytes(1000, 3);
    const expected = createHash('sha256').update(data).digest('hex');
    for (const split of [0, 1, 55, 56, 63, 64, 65, 128, 999]) {
      expect(new Sha256().update(data.subarray(0, split)).update(data.subarray(split)).hex()).toBe(expected);
    }
    expect(new Sha256().hex()).toBe(createHash('sha256').digest('hex'));
  });

  it('computes the standard CRC-32, incrementally', () => {
    const data = new TextEncoder().encode('123456789');
    expect(crc32(data)).toBe(0xcbf43926);
    expect(crc32(data.subarray(5), crc32(data.subarray(0, 5)))).toBe(0xcbf43926);
  });
});

describe('ZipWriter', () => {
  it('writes archives fflate reads back, with UTF-8 names and streamed entries', async () => {
    const big = randomBytes(300_000, 5);
    const bytes = await zipOf({
      'jiraissue.csv': [new TextEncoder().encode('a,b\r\n'), big.subarray(0, 100), big.subarray(100)],
      'größe 日本.jsonl': [new TextEncoder().encode('{}\n')],
      'empty.txt': [],
    });
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['jiraissue.csv', 'größe 日本.jsonl', 'empty.txt']);
    expect(files['jiraissue.csv']!.length).toBe(5 + big.length);
    expect(Buffer.from(files['jiraissue.csv']!.subarray(5)).equals(Buffer.from(big))).toBe(true);
    expect(new TextDecoder().decode(files['größe 日本.jsonl'])).toBe('{}\n');
    expect(files['empty.txt']!.length).toBe(0);
  });

  it('writes ZIP64 records that readers accept', async () => {
    const bytes = await zipOf({ 'a.txt': [new TextEncoder().encode('hello')], 'b.txt': [new TextEncoder().encode('world')] }, true);
    const files = unzipSync(bytes);
    expect(new TextDecoder().decode(files['b.txt'])).toBe('world');
    // The ZIP64 end-of-central-directory record and locator are there.
    const view = Buffer.from(bytes);
    expect(view.indexOf(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBeGreaterThan(0);
    expect(view.indexOf(Buffer.from([0x50, 0x4b, 0x06, 0x07]))).toBeGreaterThan(0);
  });

  it('continues an archive from a saved state byte-identically', async () => {
    const a = randomBytes(50_000, 8);
    const b = randomBytes(70_000, 9);
    const whole = await zipOf({ 'a.bin': [a], 'b.bin': [b] });

    const first = new MemorySink();
    const options = { level: 6 as const, modified: new Date('2026-11-22T10:11:12Z') };
    const zip1 = new ZipWriter(first, options);
    const e1 = await zip1.entry('a.bin');
    await e1.write(a);
    await e1.end();
    const state = JSON.parse(JSON.stringify(zip1.state())) as ReturnType<ZipWriter['state']>;
    const prefix = first.bytes();
    expect(state.offset).toBe(prefix.length);

    const second = new MemorySink(prefix);
    const zip2 = new ZipWriter(second, options, state);
    const e2 = await zip2.entry('b.bin');
    await e2.write(b);
    await e2.end();
    await zip2.finish();
    expect(Buffer.from(second.bytes()).equals(Buffer.from(whole))).toBe(true);
  });
});
