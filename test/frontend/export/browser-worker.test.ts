// @vitest-environment node
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { FromWorker, SaveTarget } from '../../../src/main/frontend/export/browser/protocol';
import { createWorkerHandler } from '../../../src/main/frontend/export/browser/worker-core';
import { FakeServer } from './support/contract';
import { jiraissueTable } from './support/jiraissue';

/** Just enough of File System Access: a swap buffer committed on close, like Chromium. */
class FakeWritable {
  swap: Uint8Array[] = [];
  constructor(private readonly file: FakeFileHandle) {}
  async write(data: Uint8Array): Promise<void> {
    this.swap.push(data.slice());
  }
  async close(): Promise<void> {
    this.file.content = Buffer.concat(this.swap);
  }
  async abort(): Promise<void> {
    this.swap = [];
  }
}

class FakeFileHandle {
  content: Buffer | null = Buffer.alloc(0); // the picker creates an empty file
  removed = false;
  async createWritable(): Promise<FakeWritable> {
    return new FakeWritable(this);
  }
  async remove(): Promise<void> {
    this.removed = true;
    this.content = null;
  }
}

const ISSUES = jiraissueTable(1500);

async function runInWorker(target: SaveTarget, cancelAtPage?: number) {
  const messages: FromWorker[] = [];
  let pages = 0;
  let handler: ReturnType<typeof createWorkerHandler> | null = null;
  const server = new FakeServer({
    tables: [ISSUES],
    fault: (r) => {
      if (r.url.pathname.endsWith('/rows') && ++pages === cancelAtPage) void handler?.({ type: 'cancel' });
      return undefined;
    },
  });
  handler = createWorkerHandler({ post: (m) => messages.push(m), transport: server.transport });
  await handler({
    type: 'start',
    request: { tables: [{ table: 'jiraissue' }], format: 'CSV', client: 'BROWSER', rateLimit: null, pageSize: 500 },
    baseUrl: 'https://jira.test/rest/tablewise/1.0',
    target,
  });
  const done = messages.find((m) => m.type === 'done');
  if (done?.type !== 'done') throw new Error('no done message');
  return { done, messages, server };
}

describe('export worker', () => {
  it('writes through File System Access and commits on close', async () => {
    const handle = new FakeFileHandle();
    const { done, messages } = await runInWorker({ kind: 'file', handle: handle as unknown as FileSystemFileHandle });
    expect(done.result).toMatchObject({ outcome: 'COMPLETED', rows: 1500, error: null });
    expect(parse(handle.content!.toString('utf8'))).toHaveLength(1501);
    expect(messages.filter((m) => m.type === 'progress').length).toBeGreaterThan(3);
  });

  it('leaves nothing behind when cancelled: the swap is discarded and the empty file removed', async () => {
    const handle = new FakeFileHandle();
    const { done, server } = await runInWorker({ kind: 'file', handle: handle as unknown as FileSystemFileHandle }, 2);
    expect(done.result).toMatchObject({ outcome: 'CANCELLED', error: { kind: 'cancelled' } });
    expect(handle.removed).toBe(true);
    expect(handle.content).toBeNull();
    expect(server.exports.get('e1')?.finish?.outcome).toBe('CANCELLED');
  });

  it('falls back to a download of the finished file', async () => {
    const { done } = await runInWorker({ kind: 'download', name: 'jiraissue.csv' });
    expect(done.file?.name).toBe('jiraissue.csv');
    expect(done.file?.type).toBe('text/csv;charset=utf-8');
    expect((await done.file!.text()).startsWith('ID,pkey,issuenum')).toBe(true);
  });
});
