// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PendingExport, PendingStore } from '../../../src/main/frontend/export/browser/pending';
import type { FromWorker, SaveTarget, ToWorker } from '../../../src/main/frontend/export/browser/protocol';
import { removeStale, STAGING_PREFIX } from '../../../src/main/frontend/export/browser/sinks';
import { listPendingExports } from '../../../src/main/frontend/export/browser/start';
import { createWorkerHandler } from '../../../src/main/frontend/export/browser/worker-core';
import { resolveRequest, type ExportRequest } from '../../../src/main/frontend/export/request';
import type { Transport } from '../../../src/main/frontend/export/source/client';
import { error, FakeServer } from './support/contract';
import { jiraissueTable } from './support/jiraissue';

/** The origin-private file system as a worker sees it: files written in place, by offset. */
class FakeOpfsFile {
  data = new Uint8Array(0);
  constructor(readonly name: string) {}

  createSyncAccessHandle() {
    return {
      write: (buffer: Uint8Array, options: { at: number }) => {
        const end = options.at + buffer.length;
        if (end > this.data.length) {
          const grown = new Uint8Array(end);
          grown.set(this.data);
          this.data = grown;
        }
        this.data.set(buffer, options.at);
        return buffer.length;
      },
      truncate: (size: number) => {
        this.data = this.data.slice(0, size);
      },
      getSize: () => this.data.length,
      flush: () => undefined,
      close: () => undefined,
    };
  }

  async getFile(): Promise<File> {
    return new File([this.data.slice()], this.name);
  }
}

class FakeOpfsDirectory {
  readonly files = new Map<string, FakeOpfsFile>();

  async getFileHandle(name: string, options?: { create?: boolean }): Promise<FakeOpfsFile> {
    let file = this.files.get(name);
    if (!file) {
      if (!options?.create) throw new DOMException(`${name} not found`, 'NotFoundError');
      file = new FakeOpfsFile(name);
      this.files.set(name, file);
    }
    return file;
  }

  async removeEntry(name: string): Promise<void> {
    if (!this.files.delete(name)) throw new DOMException(`${name} not found`, 'NotFoundError');
  }

  async *keys(): AsyncIterable<string> {
    yield* [...this.files.keys()];
  }
}

/** A picked file: a real WritableStream whose close commits, like Chromium's swap file. */
class PickedFile {
  content: Uint8Array | null = new Uint8Array(0);
  constructor(readonly name: string) {}

  async createWritable(): Promise<WritableStream<Uint8Array>> {
    const parts: Uint8Array[] = [];
    return new WritableStream<Uint8Array>({
      write: (chunk) => {
        parts.push(chunk.slice());
      },
      close: () => {
        this.content = new Uint8Array(Buffer.concat(parts));
      },
    });
  }
}

class MemoryPending implements PendingStore {
  readonly records = new Map<string, PendingExport>();
  async list() {
    return [...this.records.values()].map((p) => structuredClone(p));
  }
  async put(pending: PendingExport) {
    this.records.set(pending.id, structuredClone(pending));
  }
  async delete(id: string) {
    this.records.delete(id);
  }
}

const ISSUES = jiraissueTable(2500);
const REQUEST: ExportRequest = { tables: [{ table: 'jiraissue' }], format: 'CSV', client: 'BROWSER', rateLimit: null, pageSize: 500 };
const BASE_URL = 'https://jira.test/rest/tablewise/1.0';

let opfs: FakeOpfsDirectory;
let pending: MemoryPending;

beforeEach(() => {
  opfs = new FakeOpfsDirectory();
  pending = new MemoryPending();
  // The worker stages only where sync access handles exist, as in a real dedicated worker.
  vi.stubGlobal('FileSystemFileHandle', FakeOpfsFile);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const storage = () => ({ getDirectory: async () => opfs }) as unknown as StorageManager;

async function run(message: ToWorker, transport: Transport, onStart?: (handler: (m: ToWorker) => Promise<void>) => void) {
  const messages: FromWorker[] = [];
  const handler = createWorkerHandler({ post: (m) => messages.push(m), transport, storage: storage(), pending });
  onStart?.(handler);
  await handler(message);
  const done = messages.find((m) => m.type === 'done');
  if (done?.type !== 'done') throw new Error('no done message');
  return { done, messages };
}

/** The CSV an uninterrupted export writes, to compare resumed output with. */
async function reference(): Promise<string> {
  const server = new FakeServer({ tables: [ISSUES] });
  const { done } = await run({ type: 'start', request: REQUEST, baseUrl: BASE_URL, target: { kind: 'download', name: 'jiraissue.csv' } }, server.transport);
  return done.file!.text();
}

describe('the export worker, staging in the private file system', () => {
  it('keeps a failed export resumable: a checkpoint in the store and the partial output on disk', async () => {
    const expected = await reference();
    let pages = 0;
    const failing = new FakeServer({
      tables: [ISSUES],
      fault: (r) => (r.url.pathname.endsWith('/rows') && ++pages === 3 ? error(400, 'BAD_CURSOR', 'The cursor expired') : undefined),
    });
    const target: SaveTarget = { kind: 'download', name: 'jiraissue.csv' };
    const { done } = await run({ type: 'start', request: REQUEST, baseUrl: BASE_URL, target, pendingId: 'p1' }, failing.transport);
    expect(done.result).toMatchObject({ outcome: 'FAILED', resumable: true, error: { kind: 'bad-request' } });
    const record = pending.records.get('p1')!;
    expect(record).toMatchObject({ exportId: 'e1', fileName: 'jiraissue.csv', tables: ['jiraissue'], format: 'CSV', target });
    expect(record.checkpoint.rows).toBe(1000);
    expect(opfs.files.has(record.staging)).toBe(true);

    // A new page, a new worker: continue from the record.
    const server = new FakeServer({ tables: [ISSUES] });
    const resumed = await run({ type: 'resume', pending: record, baseUrl: BASE_URL }, server.transport);
    expect(resumed.done.result).toMatchObject({ outcome: 'COMPLETED', rows: 2500, resumable: false });
    expect(await resumed.done.file!.text()).toBe(expected);
    expect(server.pageRequests()[0]!.url.searchParams.get('after')).toBe(record.checkpoint.cursor);
    expect(pending.records.size).toBe(0);
  });

  it('continues from the last saved checkpoint of a page that closed, cutting what was written after it', async () => {
    const expected = await reference();
    let pages = 0;
    let snapshot: PendingExport | undefined;
    const server = new FakeServer({ tables: [ISSUES] });
    // Page 3 is slow, so a periodic checkpoint is saved after it; at page 5 the "page closes":
    // the record is taken as it is and that run never hears back.
    const transport: Transport = async (url, init) => {
      if (url.includes('/rows')) {
        pages++;
        if (pages === 3) await new Promise((resolve) => setTimeout(resolve, 1100));
        if (pages === 5) {
          snapshot = structuredClone(pending.records.get('p2'));
          return new Promise<Response>(() => undefined);
        }
      }
      return server.transport(url, init);
    };
    const messages: FromWorker[] = [];
    const handler = createWorkerHandler({ post: (m) => messages.push(m), transport, storage: storage(), pending });
    void handler({ type: 'start', request: REQUEST, baseUrl: BASE_URL, target: { kind: 'download', name: 'jiraissue.csv' }, pendingId: 'p2' });
    await vi.waitFor(() => expect(snapshot).toBeDefined(), { timeout: 5000 });
    expect(snapshot!.checkpoint.rows).toBeGreaterThan(0);
    expect(opfs.files.get(snapshot!.staging)!.data.length).toBeGreaterThanOrEqual(snapshot!.checkpoint.bytes);

    const resumed = await run({ type: 'resume', pending: snapshot!, baseUrl: BASE_URL }, new FakeServer({ tables: [ISSUES] }).transport);
    expect(resumed.done.result.outcome).toBe('COMPLETED');
    expect(await resumed.done.file!.text()).toBe(expected);
  });

  it('copies the finished file into a picked file and removes the staged copy', async () => {
    const picked = new PickedFile('issues.csv');
    const server = new FakeServer({ tables: [ISSUES] });
    const target = { kind: 'file', handle: picked as unknown as FileSystemFileHandle } as const;
    const { done } = await run({ type: 'start', request: REQUEST, baseUrl: BASE_URL, target, pendingId: 'p3' }, server.transport);
    expect(done.result).toMatchObject({ outcome: 'COMPLETED', rows: 2500, fileName: 'jiraissue.csv' });
    expect(done.file).toBeUndefined();
    expect(new TextDecoder().decode(picked.content!)).toBe(await reference());
    expect([...opfs.files.keys()].filter((k) => k.startsWith(STAGING_PREFIX))).toHaveLength(1); // the reference's download
    expect(pending.records.size).toBe(0);
  });

  it('leaves nothing behind when cancelled: no record, no staged file', async () => {
    let pages = 0;
    let handler: ((m: ToWorker) => Promise<void>) | undefined;
    const server = new FakeServer({
      tables: [ISSUES],
      fault: (r) => {
        if (r.url.pathname.endsWith('/rows') && ++pages === 2) void handler?.({ type: 'cancel' });
        return undefined;
      },
    });
    const { done } = await run(
      { type: 'start', request: REQUEST, baseUrl: BASE_URL, target: { kind: 'download', name: 'jiraissue.csv' }, pendingId: 'p4' },
      server.transport,
      (h) => (handler = h),
    );
    expect(done.result).toMatchObject({ outcome: 'CANCELLED', resumable: false });
    expect(pending.records.size).toBe(0);
    expect(opfs.files.size).toBe(0);
    expect(server.exports.get('e1')?.finish?.outcome).toBe('CANCELLED');
  });

  it('fails cleanly when the staged output of a pending export is gone', async () => {
    const server = new FakeServer({ tables: [ISSUES] });
    const record: PendingExport = {
      id: 'p5',
      exportId: 'e9',
      startedAt: '2026-11-22T10:00:00.000Z',
      updatedAt: '2026-11-22T10:01:00.000Z',
      fileName: 'jiraissue.csv',
      tables: ['jiraissue'],
      format: 'CSV',
      target: { kind: 'download', name: 'jiraissue.csv' },
      staging: `${STAGING_PREFIX}1-gone`,
      estimatedRows: 2500,
      checkpoint: {
        $tablewise: 'checkpoint',
        version: 1,
        request: resolveRequest(REQUEST),
        startedAt: '2026-11-22T10:00:00.000Z',
        bytes: 10,
        tableIndex: 0,
        cursor: 'k9',
        tableRows: 10,
        rows: 10,
        zip: null,
        done: [],
        warnings: [],
      },
    };
    const { done } = await run({ type: 'resume', pending: record, baseUrl: BASE_URL }, server.transport);
    expect(done.result).toMatchObject({ outcome: 'FAILED', resumable: false, error: { kind: 'resume' } });
    expect(server.requests).toEqual([]);
  });
});

describe('pending exports on the page', () => {
  const at = (iso: string) => Date.parse(iso);
  const record = (id: string, updatedAt: string) => ({ id, updatedAt, staging: `${STAGING_PREFIX}${id}` }) as PendingExport;

  it('lists stopped exports newest first, skipping running ones and discarding expired ones', async () => {
    await pending.put(record('old', '2026-11-01T00:00:00.000Z'));
    await pending.put(record('a', '2026-11-22T09:00:00.000Z'));
    await pending.put(record('b', '2026-11-22T10:00:00.000Z'));
    await pending.put(record('running', '2026-11-22T10:30:00.000Z'));
    await opfs.getFileHandle(`${STAGING_PREFIX}old`, { create: true });
    const locks = { query: async () => ({ held: [{ name: 'tablewise-export:running' }], pending: [] }) } as unknown as LockManager;
    const list = await listPendingExports(pending, { locks, storage: storage(), now: at('2026-11-22T11:00:00.000Z') });
    expect(list.map((p) => p.id)).toEqual(['b', 'a']);
    expect(pending.records.has('old')).toBe(false);
    expect(opfs.files.has(`${STAGING_PREFIX}old`)).toBe(false);
  });

  it('removes staged files older than an hour unless a pending export still needs them', async () => {
    const now = at('2026-11-22T11:00:00.000Z');
    for (const name of [`${STAGING_PREFIX}${now - 7_200_000}-a`, `${STAGING_PREFIX}${now - 7_200_000}-kept`, `${STAGING_PREFIX}${now - 60_000}-fresh`, 'other']) {
      await opfs.getFileHandle(name, { create: true });
    }
    await removeStale(opfs as unknown as FileSystemDirectoryHandle, new Set([`${STAGING_PREFIX}${now - 7_200_000}-kept`]), now);
    expect([...opfs.files.keys()].sort()).toEqual([`${STAGING_PREFIX}${now - 7_200_000}-kept`, `${STAGING_PREFIX}${now - 60_000}-fresh`, 'other'].sort());
  });
});
