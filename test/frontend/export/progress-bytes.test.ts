// @vitest-environment node
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DeflateFactory } from '../../../src/main/frontend/export/encode/zip/deflate';
import { FakeServer } from './support/contract';
import { run } from './support/harness';
import { jiraissueTable } from './support/jiraissue';

/** Like Chromium's CompressionStream on small inputs: nothing comes out until the end. */
const deflateAtEnd: DeflateFactory = (level) => {
  const parts: Uint8Array[] = [];
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk) {
      parts.push(chunk.slice());
    },
    flush(controller) {
      const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        all.set(p, at);
        at += p.length;
      }
      controller.enqueue(deflateSync(all, { level }));
    },
  });
};

describe('progress of a ZIP', () => {
  it('counts the bytes of a finished entry when the next table starts', async () => {
    const first = jiraissueTable(300);
    const second = { ...jiraissueTable(10), detail: { ...jiraissueTable(10).detail, name: 'jiraissue_copy' } };
    const server = new FakeServer({ tables: [first, second] });
    const { progress, result } = await run(server, { tables: [{ table: 'jiraissue' }, { table: 'jiraissue_copy' }], pageSize: 100 }, { deflate: deflateAtEnd });
    expect(result.outcome).toBe('COMPLETED');
    const lastOfFirst = progress.filter((p) => p.tableIndex === 0).at(-1)!;
    const secondStarts = progress.find((p) => p.tableIndex === 1)!;
    expect(secondStarts.tableRows).toBe(0);
    // While the first table ran only its entry header was out; when the second starts, the
    // first entry's deflated data is in the archive and counted.
    expect(lastOfFirst.bytes).toBeLessThan(100);
    expect(secondStarts.bytes).toBeGreaterThan(5000);
  });
});
